namespace Recruitment.Applications.Notifications;

/// <summary>Delivers a recorded message to the candidate. Called at least once per message: a resend must be harmless.</summary>
public interface INotificationSender
{
    Task SendAsync(NotificationMessage message, CancellationToken cancellationToken);
}

public sealed record NotificationMessage(Guid Id, string To, string Language, string Subject, string Body);
