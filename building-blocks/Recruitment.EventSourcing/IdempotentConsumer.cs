using System.Diagnostics;
using Marten;
using MassTransit;

namespace Recruitment.EventSourcing;

/// <summary>
/// A consumer that handles each message id once. The processed-message record is saved in the same Marten
/// transaction as the events the message causes: either both are stored or neither, and of two deliveries racing,
/// the second fails on the record's key, is retried, and then finds the message already handled. Messages about the
/// same stream race too (several services report on one application): the loser of such a write conflict decides
/// again on fresh state right here, so the transport's retries are left for real failures.
/// </summary>
public abstract class IdempotentConsumer<TMessage>(IDocumentStore store, TimeProvider clock) : IConsumer<TMessage>
    where TMessage : class
{
    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var messageId = context.MessageId ?? throw new InvalidOperationException($"{typeof(TMessage).Name} arrived without a message id.");
        var key = ProcessedMessage.KeyFor(GetType(), messageId);

        try
        {
            await HandleOnceAsync(context, messageId, key);
        }
        catch (Exception exception)
        {
            PipelineMetrics.ConsumerFailures.Add(1, new KeyValuePair<string, object?>("consumer", GetType().Name),
                new KeyValuePair<string, object?>("error.type", exception.GetType().Name));
            throw;
        }
    }

    private async Task HandleOnceAsync(ConsumeContext<TMessage> context, Guid messageId, string key) =>
        await store.RetryAsync(async (session, cancellationToken) =>
        {
            // The trace id's own spelling (32 hex digits), as the first service wrote it: one correlation id across services.
            session.CorrelationId = context.CorrelationId?.ToString("N") ?? Activity.Current?.TraceId.ToString();
            session.CausationId = messageId.ToString();
            if (await session.LoadAsync<ProcessedMessage>(key, cancellationToken) is not null)
            {
                return false;
            }

            await Handle(context, session);
            session.Insert(new ProcessedMessage(key, typeof(TMessage).Name, clock.GetUtcNow()));
            await session.SaveChangesAsync(cancellationToken);
            return true;
        }, context.CancellationToken);

    /// <summary>Turns the message into local facts on <paramref name="session"/>; the base class saves them.</summary>
    protected abstract Task Handle(ConsumeContext<TMessage> context, IDocumentSession session);
}
