namespace Recruitment.Applications.Notifications;

/// <summary>The default sender: writes each message to the log, for development and for deployments without mail.</summary>
public sealed partial class LogNotificationSender(ILogger<LogNotificationSender> logger) : INotificationSender
{
    public Task SendAsync(NotificationMessage message, CancellationToken cancellationToken)
    {
        Log(logger, message.Id, message.To, message.Language, message.Subject);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notification {Id} to {To} ({Language}): {Subject}")]
    private static partial void Log(ILogger logger, Guid id, string to, string language, string subject);
}
