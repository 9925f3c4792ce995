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

            foreach (var id in due)
            {
                await store.WriteAsync<Screening, Decision>(id,
                    (stream, session, token) => ScreeningWorkflow.ChangeAsync(session, stream, _ => Decision.Accept(), now, token), cancellationToken);
            }

            concluded += due.Count;
            if (due.Count < BatchSize)
            {
                return concluded;
            }
        }
    }
}
