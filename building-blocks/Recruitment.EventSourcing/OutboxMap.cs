using JasperFx.Events;

namespace Recruitment.EventSourcing;

/// <summary>Which stored events leave the service, and as which integration message.</summary>
public sealed class OutboxMap
{
    private readonly Dictionary<Type, Func<IEvent, object>> _mappings = [];

    public IReadOnlyCollection<Type> EventTypes => _mappings.Keys;

    /// <summary>Publishes every stored <typeparamref name="TEvent"/> as the message <paramref name="toMessage"/> returns.</summary>
    public OutboxMap Forward<TEvent>(Func<IEvent<TEvent>, object> toMessage)
        where TEvent : notnull
    {
        _mappings[typeof(TEvent)] = e => toMessage((IEvent<TEvent>)e);
        return this;
    }

    public object? ToMessage(IEvent @event) =>
        _mappings.TryGetValue(@event.EventType, out var map) ? map(@event) : null;
}
