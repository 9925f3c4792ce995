using System.Diagnostics;
using JasperFx.Events;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using MassTransit;
using Recruitment.Messaging;

namespace Recruitment.EventSourcing;

/// <summary>
/// The outbox: a Marten subscription that publishes stored events to RabbitMQ after they commit. The daemon keeps its
/// progress in Marten and moves it only after a page is published, so delivery is at least once; the message id is the
/// event id, which is what lets every consumer recognise a redelivery.
/// </summary>
public sealed class OutboxForwarder : SubscriptionBase
{
    public const string SubscriptionName = "outbox";
    private static readonly ActivitySource Source = new("Recruitment");

    private readonly IBus _bus;
    private readonly OutboxMap _map;

    public OutboxForwarder(IBus bus, OutboxMap map)
    {
        _bus = bus;
        _map = map;
        Name = SubscriptionName;
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        // Published side by side, each waiting for the broker's confirm: no consumer depends on the order of arrival.
        await Task.WhenAll(page.Events.Select(@event => PublishAsync(@event, cancellationToken)));
        return NullChangeListener.Instance;
    }

    private async Task PublishAsync(IEvent @event, CancellationToken cancellationToken)
    {
        if (_map.ToMessage(@event) is not var (message, application))
        {
            return;
        }

        using var activity = StartActivity(@event);
        await _bus.Publish(message, message.GetType(), context =>
        {
            context.MessageId = @event.Id;
            context.CorrelationId = Guid.TryParse(@event.CorrelationId, out var correlation) ? correlation : null;
            context.Headers.Set("causation-id", @event.CausationId);
            context.Headers.Set("event-sequence", @event.Sequence);
            context.Headers.Set(ApplicationPartitioning.Header, application);
        }, cancellationToken);
    }

    private static Activity? StartActivity(IEvent @event)
    {
        var traceParent = @event.Headers?.GetValueOrDefault(CorrelatedSessionFactory.TraceParentHeader)?.ToString();
        return ActivityContext.TryParse(traceParent, null, out var parent)
            ? Source.StartActivity($"outbox {@event.EventTypeName}", ActivityKind.Producer, parent)
            : Source.StartActivity($"outbox {@event.EventTypeName}", ActivityKind.Producer);
    }
}
