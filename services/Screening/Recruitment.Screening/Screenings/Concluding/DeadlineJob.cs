using Marten;
using Recruitment.EventSourcing;

namespace Recruitment.Screening.Screenings.Concluding;

/// <summary>
/// Forwards eligible applications, and screens out ineligible ones, once their vacancy's deadline has passed (R13),
/// by the injected clock, so a test moves the clock instead of waiting.
/// </summary>
public sealed class DeadlineJob(IDocumentStore store, TimeProvider clock, IConfiguration configuration, ILogger<DeadlineJob> logger)
    : PeriodicJob(logger, configuration.GetValue("Screening:DeadlineJobInterval", TimeSpan.FromSeconds(30)))
{
    private const int BatchSize = 100;

    public override async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var concluded = 0;
        while (true)
        {
            IReadOnlyList<Guid> due;
            await using (var query = store.QuerySession())
            {
                due = await query.Query<Screening>()
                    .Where(s => s.DeadlineUtc < now && s.ConcludedAt == null
                        && (s.Outcome == ScreeningOutcome.Eligible || s.Outcome == ScreeningOutcome.Ineligible))
                    .OrderBy(s => s.DeadlineUtc)
                    .Select(s => s.Id)
                    .Take(BatchSize)
                    .ToListAsync(cancellationToken);
            }

            // One transaction per page, not per screening: on a deadline day thousands conclude at once. A write
            // conflict (a message about one of them arriving meanwhile) decides the whole page again.
            await store.RetryAsync(async (session, token) =>
            {
                foreach (var id in due)
                {
                    var stream = await session.ForWritingAsync<Screening>(id, token);
                    await ScreeningWorkflow.ChangeAsync(session, stream, _ => Decision.Accept(), now, token);
                }

                await session.SaveChangesAsync(token);
                return due.Count;
            }, cancellationToken);

            concluded += due.Count;
            if (due.Count < BatchSize)
            {
                return concluded;
            }
        }
    }
}
