using JasperFx.Events;

namespace Recruitment.EventSourcing;

/// <summary>Which stored events leave the service, as which integration message, and which application each is about.</summary>
public sealed class OutboxMap
{
    private readonly Dictionary<Type, (Func<IEvent, object> Message, Func<IEvent, Guid> Application)> _mappings = [];

    public IReadOnlyCollection<Type> EventTypes => _mappings.Keys;

    /// <summary>
    /// Publishes every stored <typeparamref name="TEvent"/> as the message <paramref name="toMessage"/> returns. The
    /// message travels with the id of the application it is about (<paramref name="application"/>, by default the
    /// event's stream), so that each receiving service handles the messages about one application one at a time.
    /// </summary>
    public OutboxMap Forward<TEvent>(Func<IEvent<TEvent>, object> toMessage, Func<IEvent<TEvent>, Guid>? application = null)
        where TEvent : notnull
    {
        _mappings[typeof(TEvent)] = (e => toMessage((IEvent<TEvent>)e), e => application?.Invoke((IEvent<TEvent>)e) ?? e.StreamId);
        return this;
    }

    public (object Message, Guid Application)? ToMessage(IEvent @event) =>
        _mappings.TryGetValue(@event.EventType, out var map) ? (map.Message(@event), map.Application(@event)) : null;
}
