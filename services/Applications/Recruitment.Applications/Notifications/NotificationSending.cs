using JasperFx;
using Marten;
using Recruitment.EventSourcing;

namespace Recruitment.Applications.Notifications;

/// <summary>
/// Sends the deliveries that are due, on every node. A node claims a page of attempts before it sends (optimistic
/// concurrency on each delivery, one transaction per page), so a message goes out once per attempt whichever node
/// runs; a failure waits a growing back-off, and after <see cref="NotificationOptions.MaxAttempts"/> the delivery is
/// recorded as failed, visible to the candidate and HR. A delivery that was sent is never sent again.
/// </summary>
public sealed partial class NotificationSending(
    IDocumentStore store, INotificationSender sender, TimeProvider clock, NotificationOptions options, ILogger<NotificationSending> logger)
    : PeriodicJob(logger, options.SendInterval)
{
    private const int BatchSize = 50;

    public override async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        int claimed;
        do
        {
            await using var session = store.LightweightSession();
            var batch = await ClaimAsync(session, cancellationToken);
            claimed = batch.Count;
            if (claimed == 0)
            {
                break;
            }

            foreach (var delivery in batch)
            {
                sent += await AttemptAsync(delivery, cancellationToken) ? 1 : 0;
                session.Update(delivery);
            }

            await session.SaveChangesAsync(CancellationToken.None);
        }
        while (claimed == BatchSize); // a full page: more may be due, and the next tick is seconds away

        return sent;
    }

    /// <summary>
    /// Claims a page of due deliveries in one transaction. If this node's process dies mid-send, an attempt is due
    /// again once the lease has passed. If another node claimed any of the page first, this node claims none of it
    /// and looks again at the next tick.
    /// </summary>
    private async Task<IReadOnlyList<NotificationDelivery>> ClaimAsync(IDocumentSession session, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await session.Query<NotificationDelivery>()
            .Where(d => d.NextAttemptAt != null && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var delivery in due)
        {
            delivery.Attempts++;
            delivery.NextAttemptAt = now + options.Lease;
            session.Update(delivery);
        }

        try
        {
            await session.SaveChangesAsync(cancellationToken);
            return due;
        }
        catch (Exception exception) when (exception is ConcurrencyException or AggregateException { InnerException: ConcurrencyException })
        {
            return [];
        }
    }

    private async Task<bool> AttemptAsync(NotificationDelivery delivery, CancellationToken cancellationToken)
    {
        try
        {
            await sender.SendAsync(new NotificationMessage(delivery.Id, delivery.To, delivery.Language, delivery.Subject, delivery.Body), cancellationToken);
            delivery.Status = DeliveryStatus.Sent;
            delivery.SentAt = clock.GetUtcNow();
            delivery.NextAttemptAt = null;
            delivery.LastError = null;
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            delivery.LastError = Redaction.Redact(exception.Message);
            if (delivery.Attempts >= options.MaxAttempts)
            {
                delivery.Status = DeliveryStatus.Failed;
                delivery.NextAttemptAt = null;
                LogGaveUp(logger, delivery.Id, delivery.Attempts, exception.GetType().Name, Redaction.Redact(exception.Message));
            }
            else
            {
                delivery.NextAttemptAt = clock.GetUtcNow() + options.BackOff(delivery.Attempts);
                LogRetry(logger, delivery.Id, delivery.Attempts, delivery.NextAttemptAt.Value, Redaction.Redact(exception.Message));
            }

            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {NotificationId} failed (attempt {Attempt}); next attempt at {NextAttemptAt}: {Reason}")]
    private static partial void LogRetry(ILogger logger, Guid notificationId, int attempt, DateTimeOffset nextAttemptAt, string reason);

    // The mail server's words may quote the recipient: logged without the address, and without a stack trace that adds nothing.
    [LoggerMessage(Level = LogLevel.Error, Message = "Notification {NotificationId} failed {Attempts} times and is recorded as failed: {Error}: {Reason}")]
    private static partial void LogGaveUp(ILogger logger, Guid notificationId, int attempts, string error, string reason);
}

/// <summary>The "Notifications" section: how often due notifications are sent and how failures are retried.</summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    public TimeSpan SendInterval { get; set; } = TimeSpan.FromSeconds(2);

    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first wait after a failure; each further failure doubles it, up to <see cref="MaxBackOff"/>.</summary>
    public TimeSpan FirstBackOff { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxBackOff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a claimed attempt is reserved for the node that claimed it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    public TimeSpan BackOff(int attempts) =>
        TimeSpan.FromTicks(Math.Min(MaxBackOff.Ticks, FirstBackOff.Ticks * (1L << Math.Min(attempts - 1, 30))));
}
