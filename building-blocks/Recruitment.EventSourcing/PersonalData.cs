using Marten;

namespace Recruitment.EventSourcing;

/// <summary>The person this stream was about has been erased (GDPR Art. 17): its other facts now read without them.</summary>
public sealed record SubjectErased(DateTimeOffset At);

/// <summary>
/// Erasure with Marten's protected-information masking: each service registers, per event type that names a person,
/// the event as it must read once the person is forgotten (<c>AddMaskingRuleForProtectedInformation</c>). Erasing a
/// stream rewrites its stored events through those rules (<c>ApplyEventDataMasking</c>), records <see cref="SubjectErased"/>
/// on it, and rebuilds its snapshot document from the masked events: the facts stay (what happened, when, by which
/// rule), the person goes, and the aggregate knows it (no more messages to them, no judging again without them).
/// </summary>
public static class PersonalData
{
    public static async Task EraseStreamsAsync<T>(this IDocumentStore store, IReadOnlyCollection<Guid> streamIds, DateTimeOffset now, CancellationToken cancellationToken)
        where T : class
    {
        if (streamIds.Count == 0)
        {
            return;
        }

        await store.MaskStreamsAsync(streamIds, cancellationToken);
        await using var session = store.LightweightSession();
        var existing = new List<Guid>();
        foreach (var id in streamIds)
        {
            var stream = await session.Events.FetchForWriting<T>(id, cancellationToken);
            if (stream.Aggregate is not null)
            {
                stream.AppendOne(new SubjectErased(now));
                existing.Add(id);
            }
        }

        await session.SaveChangesAsync(cancellationToken);

        // The snapshot was updated from its stored copy, which still named the person: rebuilt from the masked events.
        await using var rebuild = store.LightweightSession();
        foreach (var id in existing)
        {
            if (await rebuild.Events.AggregateStreamAsync<T>(id, token: cancellationToken) is { } masked)
            {
                rebuild.Store(masked);
            }
        }

        await rebuild.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Masks streams that have no snapshot document (live aggregates).</summary>
    public static Task MaskStreamsAsync(this IDocumentStore store, IReadOnlyCollection<Guid> streamIds, CancellationToken cancellationToken) =>
        streamIds.Count == 0 ? Task.CompletedTask : store.Advanced.ApplyEventDataMasking(masking =>
        {
            foreach (var id in streamIds)
            {
                masking.IncludeStream(id);
            }
        }, cancellationToken);
}

/// <summary>This service has erased what it held for an erasure; its outbox tells the service that tracks the erasure.</summary>
public sealed record ErasureCarriedOut(Guid ErasureId, DateTimeOffset At);

public static class ErasureDone
{
    /// <summary>Recorded on a stream of its own, named by the erasure: once per erasure and service.</summary>
    public static void Record(IDocumentSession session, Guid erasureId, DateTimeOffset now) =>
        session.Events.StartStream(erasureId, new ErasureCarriedOut(erasureId, now));
}
