using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using Recruitment.Applications.Applications;

namespace Recruitment.Applications.Notifications;

/// <summary>
/// Turns the messages recorded on application streams, after they commit, into deliveries that
/// <see cref="NotificationSending"/> sends. It sends nothing itself, so a mail server that is down or refuses one address
/// holds up no other candidate's messages; and it never resets a delivery that exists, so a replay sends nothing twice.
/// </summary>
public sealed class NotificationDispatcher : SubscriptionBase
{
    public NotificationDispatcher()
    {
        Name = "notifications";
        IncludeType<NotificationRecorded>();
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        var recorded = page.Events.Where(e => e.Data is NotificationRecorded).ToList();
        if (recorded.Count == 0)
        {
            return NullChangeListener.Instance;
        }

        var ids = recorded.Select(e => ((NotificationRecorded)e.Data).NotificationId).ToArray();
        var known = (await operations.LoadManyAsync<NotificationDelivery>(cancellationToken, ids)).Select(d => d.Id).ToHashSet();
        foreach (var @event in recorded)
        {
            var n = (NotificationRecorded)@event.Data;
            if (known.Add(n.NotificationId))
            {
                operations.Insert(new NotificationDelivery
                {
                    Id = n.NotificationId, ApplicationId = @event.StreamId, To = n.To, Language = n.Language, Subject = n.Subject, Body = n.Body,
                    Status = DeliveryStatus.Pending, NextAttemptAt = n.At,
                });
            }
        }

        return NullChangeListener.Instance;
    }
}
