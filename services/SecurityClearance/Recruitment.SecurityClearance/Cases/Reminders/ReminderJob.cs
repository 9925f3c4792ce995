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

    /// <summary>
    /// The cases with a reminder due at <paramref name="now"/>, after <paramref name="after"/>, longest due first:
    /// served by the partial index on <see cref="ClearanceCase.ReminderDueAt"/>, which holds only cases still to remind.
    /// </summary>
    public static IQueryable<ClearanceCase> Due(IQuerySession session, DateTimeOffset now, DueItem? after)
    {
        var due = session.Query<ClearanceCase>().Where(c => c.ReminderDueAt != null && c.ReminderDueAt <= now);
        if (after is { At: { } at, Id: var id })
        {
            due = due.Where(c => c.ReminderDueAt > at || (c.ReminderDueAt == at && c.Id.CompareTo(id) > 0));
        }

        return due.OrderBy(c => c.ReminderDueAt).ThenBy(c => c.Id);
    }

    public override Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return PagedWork.RunAsync<ClearanceCase>(store,
            async (query, after, token) => await Due(query, now, after).Select(c => new DueItem(c.Id, c.ReminderDueAt)).Take(PagedWork.PageSize).ToListAsync(token),
            async (_, stream, token) => (await stream.DecideAsync(@case => Decide(@case, now), token)).Events.Count,
            cancellationToken);
    }

    public static Decision Decide(ClearanceCase @case, DateTimeOffset now)
    {
        var events = new List<object>();
        if (!@case.IsOpen || @case.RequestedAt is not { } requested)
        {
            return Decision.Accept();
        }

        if (!@case.FollowUpSent && requested.AddMonths(FollowUpMonths) <= now)
        {
            events.Add(new FollowUpReminderSent(@case.ApplicationId, @case.Authority!, requested, now));
        }

        if (!@case.OverdueSent && requested.AddMonths(OverdueMonths) <= now)
        {
            events.Add(new OverdueReported(@case.ApplicationId, @case.Authority!, requested, now));
        }

        return Decision.Accept([.. events]);
    }
}
