using Marten;
using Recruitment.EventSourcing;

namespace Recruitment.Screening.Screenings.Concluding;

/// <summary>
/// Forwards eligible applications, and screens out ineligible ones, once their vacancy's deadline has passed (R13),
/// by the injected clock, so a test moves the clock instead of waiting. It wakes when the next deadline passes.
/// </summary>
public sealed class DeadlineJob(IDocumentStore store, TimeProvider clock, IConfiguration configuration, ILogger<DeadlineJob> logger)
    : PeriodicJob(logger, configuration.GetValue("Screening:DeadlineJobInterval", TimeSpan.FromSeconds(30)), clock)
{
    /// <summary>
    /// The screenings due at <paramref name="now"/>, after <paramref name="after"/>, oldest deadline first: served by
    /// the partial index on <see cref="Screening.ConclusionDueAt"/>, which holds only what is still to conclude.
    /// </summary>
    public static IQueryable<Screening> Due(IQuerySession session, DateTimeOffset now, DueItem? after)
    {
        var due = session.Query<Screening>().Where(s => s.ConclusionDueAt != null && s.ConclusionDueAt < now);
        if (after is { At: { } at, Id: var id })
        {
            due = due.Where(s => s.ConclusionDueAt > at || (s.ConclusionDueAt == at && s.Id.CompareTo(id) > 0));
        }

        return due.OrderBy(s => s.ConclusionDueAt).ThenBy(s => s.Id);
    }

    /// <summary>
    /// The screenings judged and not yet concluded whose deadline is still to pass, nearest first: the first is one row
    /// of the same partial index.
    /// </summary>
    public static IQueryable<Screening> Upcoming(IQuerySession session, DateTimeOffset now) =>
        session.Query<Screening>().Where(s => s.ConclusionDueAt != null && s.ConclusionDueAt >= now).OrderBy(s => s.ConclusionDueAt);

    protected override async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var session = store.QuerySession();
        var next = await Upcoming(session, Clock.GetUtcNow()).Select(s => new DueItem(s.Id, s.ConclusionDueAt)).FirstOrDefaultAsync(cancellationToken);
        return next?.At;
    }

    // One transaction per page, not per screening: on a deadline day thousands conclude at once.
    public override Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        return PagedWork.RunAsync<Screening>(store,
            async (query, after, token) => await Due(query, now, after).Select(s => new DueItem(s.Id, s.ConclusionDueAt)).Take(PagedWork.PageSize).ToListAsync(token),
            async (session, stream, token) =>
            {
                var before = stream.State?.ConcludedAt;
                await ScreeningWorkflow.ChangeAsync(session, stream, _ => Decision.Accept(), now, token);
                return stream.State?.ConcludedAt != before ? 1 : 0;
            },
            cancellationToken);
    }
}
