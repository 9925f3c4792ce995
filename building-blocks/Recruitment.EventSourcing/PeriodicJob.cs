using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Recruitment.EventSourcing;

/// <summary>
/// Time-driven work without a delayed-message broker: the job wakes at an interval, asks the injected clock what time
/// it is, and records what has fallen due. It runs on every node; each result is a stream append under optimistic
/// concurrency, so it happens once. A failed run changes nothing: what is due stays due for the next tick.
/// </summary>
public abstract partial class PeriodicJob(ILogger logger, TimeSpan interval) : BackgroundService
{
    /// <returns>How many results were recorded.</returns>
    public abstract Task<int> RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogFailure(logger, GetType().Name, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Job} failed; it runs again at the next tick.")]
    private static partial void LogFailure(ILogger logger, string job, Exception exception);
}

/// <summary>
/// One item a job found due, and the place where its page ends: jobs take due items in the order (due time, id) and
/// start each page after the last item of the previous one, so an item that stays due (a failure, a conflict) cannot
/// hold back, or starve, the ones behind it.
/// </summary>
public sealed record DueItem(Guid Id, DateTimeOffset? At);

/// <summary>
/// Work on many streams, a page at a time: each page is read after the last item of the previous one, and written in
/// one transaction (a write conflict decides that page again), so a deadline day or a large shortlist costs a
/// transaction per hundred items, not per item, and an item that stays due cannot starve the ones behind it.
/// </summary>
public static class PagedWork
{
    public const int PageSize = 100;

    /// <param name="page">The next page: at most <see cref="PageSize"/> items after the given one, in a stable order.</param>
    /// <param name="handle">Decides on one item in the page's session; returns how many results it recorded.</param>
    /// <returns>How many results were recorded in all.</returns>
    public static async Task<int> RunAsync(
        IDocumentStore store,
        Func<IQuerySession, DueItem?, CancellationToken, Task<IReadOnlyList<DueItem>>> page,
        Func<IDocumentSession, DueItem, CancellationToken, Task<int>> handle,
        CancellationToken cancellationToken)
    {
        var recorded = 0;
        DueItem? after = null;
        while (true)
        {
            IReadOnlyList<DueItem> items;
            await using (var query = store.QuerySession())
            {
                items = await page(query, after, cancellationToken);
            }

            recorded += await store.RetryAsync(async (session, token) =>
            {
                var count = 0;
                foreach (var item in items)
                {
                    count += await handle(session, item, token);
                }

                await session.SaveChangesAsync(token);
                return count;
            }, cancellationToken);

            if (items.Count < PageSize)
            {
                return recorded;
            }

            after = items[^1];
        }
    }
}
