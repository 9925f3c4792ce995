using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using Recruitment.Applications.Applications;

namespace Recruitment.Applications.Notifications;

/// <summary>
/// Sends the messages recorded on application streams, after they commit, from the async daemon (one node at a time in
/// HotCold). Its progress is kept in Marten, so after a restart it resumes where it stopped; a message may be sent
/// twice across a crash, never lost.
/// </summary>
public sealed class NotificationDispatcher : SubscriptionBase
{
    private readonly INotificationSender _sender;

    public NotificationDispatcher(INotificationSender sender)
    {
        _sender = sender;
        Name = "notifications";
        IncludeType<NotificationRecorded>();
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        foreach (var @event in page.Events)
        {
            if (@event.Data is NotificationRecorded n)
            {
                await _sender.SendAsync(new NotificationMessage(n.NotificationId, n.To, n.Language, n.Subject, n.Body), cancellationToken);
            }
        }

        return NullChangeListener.Instance;
    }
}
