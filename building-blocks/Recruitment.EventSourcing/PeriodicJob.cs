using Marten;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Recruitment.EventSourcing;

/// <summary>
/// Time-driven work without a delayed-message broker: the job wakes at an interval, asks the injected clock what time
/// it is, and records what has fallen due. It runs on every node; each result is a stream append under optimistic
/// concurrency, so it happens once. A failed run changes nothing: what is due stays due for the next tick.
/// </summary>
/// <remarks>
/// A job that knows when its next item falls due (<see cref="NextDueAsync"/>) wakes then rather than at its next tick,
/// so a deadline is acted on when it passes, not up to an interval later. The interval stays the longest sleep: it
/// catches what a moved clock (Development, tests) or another node made due in the meantime.
/// </remarks>
public abstract partial class PeriodicJob(ILogger logger, TimeSpan interval, TimeProvider? clock = null) : BackgroundService
{
    // Due items are those strictly before the clock: wake just after the instant, not on it.
    private static readonly TimeSpan PastTheInstant = TimeSpan.FromMilliseconds(5);

    /// <summary>The injected clock by which things fall due.</summary>
    protected TimeProvider Clock { get; } = clock ?? TimeProvider.System;

    /// <returns>How many results were recorded.</returns>
    public abstract Task<int> RunOnceAsync(CancellationToken cancellationToken);

    /// <returns>The earliest instant, by the job's clock, at which something not yet due falls due; null if none or unknown.</returns>
    protected virtual Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken) => Task.FromResult<DateTimeOffset?>(null);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            await Task.Delay(await UntilNextRunAsync(stoppingToken), stoppingToken);
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

    private async Task<TimeSpan> UntilNextRunAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await NextDueAsync(cancellationToken) is { } due)
            {
                var until = due - Clock.GetUtcNow() + PastTheInstant;
                return until < TimeSpan.Zero ? TimeSpan.Zero : until < interval ? until : interval;
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFailure(logger, GetType().Name, exception);
        }

        return interval;
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
/// Work on many streams, a page at a time: each page is read after the last item of the previous one, its streams are
/// loaded for writing in one round trip, decided on, and written in one transaction (a write conflict decides that
/// page again), so a deadline day or a large shortlist costs a few round trips per hundred items, not per item, and an
/// item that stays due cannot starve the ones behind it.
/// </summary>
public static class PagedWork
{
    public const int PageSize = 100;

    /// <param name="page">The next page: at most <see cref="PageSize"/> items after the given one, in a stable order.</param>
    /// <param name="handle">Decides on one item's stream in the page's session; returns how many results it recorded.</param>
    /// <returns>How many results were recorded in all.</returns>
    public static async Task<int> RunAsync<T>(
        IDocumentStore store,
        Func<IQuerySession, DueItem?, CancellationToken, Task<IReadOnlyList<DueItem>>> page,
        Func<IDocumentSession, StreamWrite<T>, CancellationToken, Task<int>> handle,
        CancellationToken cancellationToken)
        where T : class
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

            if (items.Count > 0)
            {
                recorded += await store.RetryAsync(async (session, token) =>
                {
                    var count = 0;
                    foreach (var stream in await session.ForWritingAsync<T>(items.Select(item => item.Id).ToList(), token))
                    {
                        count += await handle(session, stream, token);
                    }

                    await session.SaveChangesAsync(token);
                    return count;
                }, cancellationToken);
            }

            if (items.Count < PageSize)
            {
                return recorded;
            }

            after = items[^1];
        }
    }
}
