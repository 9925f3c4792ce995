using Marten;

namespace Recruitment.EventSourcing;

/// <summary>
/// The person this stream was about has been erased (GDPR Art. 17). Each aggregate forgets them when it applies this
/// fact, as its earlier facts were masked to read without them.
/// </summary>
public sealed record SubjectErased(DateTimeOffset At);

/// <summary>
/// Data written before subject ids existed learns the person's subject id (a keyed hash of their address), so that
/// their export and erasure find it.
/// </summary>
public sealed record SubjectIdentified(string SubjectId, DateTimeOffset At);

/// <summary>
/// Erasure with Marten's protected-information masking: each service registers, per event type that names a person,
/// the event as it must read once the person is forgotten (<c>AddMaskingRuleForProtectedInformation</c>). Erasing a
/// stream rewrites its stored events through those rules (<c>ApplyEventDataMasking</c>) and appends
/// <see cref="SubjectErased"/>, whose application blanks the same fields in the snapshot document: the facts stay (what
/// happened, when, by which rule), the person goes.
/// </summary>
public static class PersonalData
{
    /// <param name="tombstone">
    /// Also start the streams that do not exist yet with <see cref="SubjectErased"/>: a message that creates one (sent
    /// before the erasure, arriving after it) then finds the person already forgotten and records nothing about them.
    /// </param>
    public static async Task EraseStreamsAsync<T>(
        this IDocumentSession session, IReadOnlyCollection<Guid> streamIds, DateTimeOffset now, CancellationToken cancellationToken, bool tombstone = false)
        where T : class
    {
        var streams = new List<StreamWrite<T>>();
        foreach (var id in streamIds)
        {
            streams.Add(await session.ForWritingAsync<T>(id, cancellationToken));
        }

        // Masked after the versions were read: an event that lands in between makes the append below lose on optimistic
        // concurrency, and the whole erasure runs again, so no fact about the person escapes the masking.
        await session.DocumentStore.MaskStreamsAsync(streamIds, cancellationToken);
        foreach (var stream in streams.Where(s => tombstone || s.State is not null))
        {
            await stream.StartOrDecideAsync(_ => Decision.Accept(new SubjectErased(now)), cancellationToken);
        }
    }

    /// <summary>Masks streams through the registered rules (for streams without a snapshot, or before their erasure).</summary>
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
