using Marten;
using Recruitment.EventSourcing;

namespace Recruitment.Screening.Screenings.Concluding;

/// <summary>
/// Forwards eligible applications, and screens out ineligible ones, once their vacancy's deadline has passed (R13).
/// It wakes up at an interval and asks the injected clock what time it is, so a test moves the clock instead of
/// waiting. It runs on every node; optimistic concurrency on each stream makes every conclusion happen once.
/// </summary>
public sealed partial class DeadlineJob(IDocumentStore store, TimeProvider clock, IConfiguration configuration, ILogger<DeadlineJob> logger) : BackgroundService
{
    private const int BatchSize = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(configuration.GetValue("Screening:DeadlineJobInterval", TimeSpan.FromSeconds(30)));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The next tick tries again; nothing is lost, since what is due stays due.
                LogFailure(logger, exception);
            }
        }
    }

    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
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
                await store.RetryAsync(async (session, token) =>
                {
                    await ScreeningWorkflow.ChangeAsync(session, id, _ => [], now, token);
                    await session.SaveChangesAsync(token);
                    return true;
                }, cancellationToken);
            }

            concluded += due.Count;
            if (due.Count < BatchSize)
            {
                return concluded;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The deadline job failed; it will run again at the next tick.")]
    private static partial void LogFailure(ILogger logger, Exception exception);
}
