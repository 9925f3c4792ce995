using Marten;
using Recruitment.EventSourcing;

namespace Recruitment.SecurityClearance.Cases.Reminders;

/// <summary>
/// R18: a case open six months is due (the candidate is reminded to follow up with their national delegation); open
/// eight months it is overdue (HR is told), by the injected clock, so tests move months without waiting. Each reminder
/// is a fact on the case's stream: sent once, across restarts and nodes.
/// </summary>
public sealed class ReminderJob(IDocumentStore store, TimeProvider clock, IConfiguration configuration, ILogger<ReminderJob> logger)
    : PeriodicJob(logger, configuration.GetValue("Clearance:ReminderJobInterval", TimeSpan.FromMinutes(5)))
{
    public const int FollowUpMonths = 6;
    public const int OverdueMonths = 8;

    public override async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var followUpBefore = now.AddMonths(-FollowUpMonths);
        IReadOnlyList<Guid> due;
        await using (var query = store.QuerySession())
        {
            due = await query.Query<ClearanceCase>()
                .Where(c => (c.Status == CaseStatus.Requested || c.Status == CaseStatus.InProgress) && c.RequestedAt <= followUpBefore && !(c.FollowUpSent && c.OverdueSent))
                .Select(c => c.Id)
                .Take(500)
                .ToListAsync(cancellationToken);
        }

        var sent = 0;
        foreach (var id in due)
        {
            sent += await store.WriteAsync<ClearanceCase, int>(id,
                async (stream, _, token) => (await stream.DecideAsync(@case => Decide(@case, now), token)).Events.Count, cancellationToken);
        }

        return sent;
    }

    public static Decision Decide(ClearanceCase @case, DateTimeOffset now)
    {
        var events = new List<object>();
        if (!@case.IsOpen || @case.RequestedAt is not { } requested)
        {
            return Decision.Accept();
        }

        if (!@case.FollowUpSent && requested <= now.AddMonths(-FollowUpMonths))
        {
            events.Add(new FollowUpReminderSent(@case.ApplicationId, @case.Authority!, requested, now));
        }

        if (!@case.OverdueSent && requested <= now.AddMonths(-OverdueMonths))
        {
            events.Add(new OverdueReported(@case.ApplicationId, @case.Authority!, requested, now));
        }

        return Decision.Accept([.. events]);
    }
}
