using System.Diagnostics;
using Marten;

namespace Recruitment.EventSourcing;

/// <summary>
/// Sessions that stamp every event with the current trace as its correlation id and carry the W3C trace context in a
/// header, so that the outbox can continue the same trace when it forwards the event.
/// </summary>
public sealed class CorrelatedSessionFactory(IDocumentStore store) : ISessionFactory
{
    public const string TraceParentHeader = "traceparent";

    public IQuerySession QuerySession() => store.QuerySession();

    public IDocumentSession OpenSession()
    {
        var session = store.LightweightSession();
        Stamp(session);
        return session;
    }

    public static void Stamp(IDocumentSession session)
    {
        if (Activity.Current is not { } activity)
        {
            return;
        }

        session.CorrelationId ??= activity.TraceId.ToString();
        session.SetHeader(TraceParentHeader, activity.Id!);
    }
}
