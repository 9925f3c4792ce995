using JasperFx.Events;
using JasperFx.Events.Aggregation;
using Marten;

namespace Recruitment.EventSourcing;

/// <summary>
/// The one way a stream is written, by endpoints, consumers and jobs alike: load its state for writing (the version
/// read is checked when the session saves), decide with a pure function of that state, append what was decided. Each
/// decision sees the state the earlier ones left, evolved by the aggregate's own Create and Apply methods through
/// Marten's aggregator, so a use case reads as the list of its decisions. The session's owner saves: the consumer base
/// class with its processed-message record, or <see cref="StreamWriting.WriteAsync{T, TResult}"/>. (A stream created
/// under a fresh id — a submission, a published vacancy — is started with Marten's StartStream, whose collision on the
/// id is the uniqueness check.)
/// </summary>
public sealed class StreamWrite<T>
    where T : class
{
    private readonly IDocumentSession _session;
    private readonly IEventStream<T> _stream;
    private readonly IAggregator<T, IQuerySession> _aggregator;
    private readonly List<object> _appended = [];

    internal StreamWrite(IDocumentSession session, IEventStream<T> stream, IAggregator<T, IQuerySession> aggregator)
    {
        _session = session;
        _stream = stream;
        _aggregator = aggregator;
        State = stream.Aggregate;
    }

    public Guid Id => _stream.Id;

    /// <summary>The state as stored, then as each accepted decision left it.</summary>
    public T? State { get; private set; }

    /// <summary>What the decisions of this write appended so far.</summary>
    public IReadOnlyList<object> Appended => _appended;

    /// <summary>A decision on a stream that exists (check <see cref="State"/> first).</summary>
    public Task<Decision> DecideAsync(Func<T, Decision> decide, CancellationToken cancellationToken) =>
        StartOrDecideAsync(state => decide(state ?? throw new InvalidOperationException($"No {typeof(T).Name} {Id} to decide on.")), cancellationToken);

    /// <summary>A decision that may start the stream: a fact that can arrive before the one that opens it.</summary>
    public async Task<Decision> StartOrDecideAsync(Func<T?, Decision> decide, CancellationToken cancellationToken)
    {
        var decision = decide(State);
        if (decision.IsAccepted && decision.Events.Count > 0)
        {
            _stream.AppendMany(decision.Events);
            _appended.AddRange(decision.Events);
            State = await _aggregator.BuildAsync(decision.Events.Select(Wrap).ToList(), _session, State, cancellationToken);
        }

        return decision;
    }

    private IEvent Wrap(object data)
    {
        var wrapped = _session.Events.BuildEvent(data);
        wrapped.StreamId = Id;
        return wrapped;
    }
}

public static class StreamWriting
{
    /// <summary>Loads a stream's state for writing on <paramref name="session"/>.</summary>
    public static async Task<StreamWrite<T>> ForWritingAsync<T>(this IDocumentSession session, Guid id, CancellationToken cancellationToken)
        where T : class
    {
        var stream = await session.Events.FetchForWriting<T>(id, cancellationToken);
        return new StreamWrite<T>(session, stream, AggregatorFor<T>(session));
    }

    /// <summary>
    /// Loads many streams' states for writing on <paramref name="session"/> in one round trip (a page of a job), in the
    /// order of <paramref name="ids"/>; each version read is checked when the session saves, as for one stream.
    /// </summary>
    public static async Task<IReadOnlyList<StreamWrite<T>>> ForWritingAsync<T>(this IDocumentSession session, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
        where T : class
    {
        var batch = session.CreateBatchQuery();
        var fetches = ids.Select(id => batch.Events.FetchForWriting<T>(id)).ToList();
        await batch.Execute(cancellationToken);
        var aggregator = AggregatorFor<T>(session);
        var streams = new List<StreamWrite<T>>(fetches.Count);
        foreach (var fetch in fetches)
        {
            streams.Add(new StreamWrite<T>(session, await fetch, aggregator));
        }

        return streams;
    }

    // The aggregate's own Create and Apply methods, as Marten registered them, so a decision's events evolve the state.
    private static IAggregator<T, IQuerySession> AggregatorFor<T>(IDocumentSession session)
        where T : class =>
        ((StoreOptions)session.DocumentStore.Options).Projections.AggregatorFor<T>();

    /// <summary>
    /// A write in a transaction of its own (an endpoint, a job): load, decide, save — and after a write conflict, all
    /// of it again on fresh state. <paramref name="write"/> may load what else its decisions need from the session;
    /// what it returns (an HTTP answer, a count) is made from the stream's state after the decisions.
    /// </summary>
    public static ValueTask<TResult> WriteAsync<T, TResult>(
        this IDocumentStore store, Guid id, Func<StreamWrite<T>, IDocumentSession, CancellationToken, Task<TResult>> write, CancellationToken cancellationToken)
        where T : class =>
        store.RetryAsync(async (session, token) =>
        {
            var stream = await session.ForWritingAsync<T>(id, token);
            var result = await write(stream, session, token);
            await session.SaveChangesAsync(token);
            return result;
        }, cancellationToken);
}
