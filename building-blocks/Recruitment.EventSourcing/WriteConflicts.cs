using JasperFx;
using Marten;
using Polly;
using Polly.Retry;

namespace Recruitment.EventSourcing;

/// <summary>
/// Limits and uniqueness are held by optimistic concurrency: two writers of one stream cannot both commit. The loser
/// of such a race runs its whole decision again on fresh state, which is what this retry does.
/// </summary>
public static class WriteConflicts
{
    private static readonly ResiliencePipeline Retry = new ResiliencePipelineBuilder()
        .AddRetry(new RetryStrategyOptions
        {
            ShouldHandle = new PredicateBuilder().Handle<Exception>(IsConflict),
            MaxRetryAttempts = 12,
            Delay = TimeSpan.FromMilliseconds(20),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            MaxDelay = TimeSpan.FromMilliseconds(500),
        })
        .Build();

    /// <summary>Runs <paramref name="attempt"/>, each time in a new session, until it commits without a write conflict.</summary>
    public static ValueTask<T> RetryAsync<T>(this IDocumentStore store, Func<IDocumentSession, CancellationToken, ValueTask<T>> attempt, CancellationToken cancellationToken) =>
        Retry.ExecuteAsync(async token =>
        {
            await using var session = store.LightweightSession();
            CorrelatedSessionFactory.Stamp(session);
            return await attempt(session, token);
        }, cancellationToken);

    /// <summary>A concurrent writer got there first: a stream appended to, or created, since it was read.</summary>
    public static bool IsConflict(Exception exception) => exception
        is ConcurrencyException
        or Marten.Exceptions.ExistingStreamIdCollisionException
        or JasperFx.Events.ExistingStreamIdCollisionException;

    public static bool IsDuplicateDocument(Exception exception) => exception is DocumentAlreadyExistsException;
}
