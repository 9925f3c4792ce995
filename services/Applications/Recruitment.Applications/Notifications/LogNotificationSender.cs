namespace Recruitment.Applications.Notifications;

/// <summary>
/// The default sender, for development and deployments without mail: logs that a message went out, by id (the address
/// and the body stay in the delivery record, not in the log).
/// </summary>
public sealed partial class LogNotificationSender(ILogger<LogNotificationSender> logger) : INotificationSender
{
    public Task SendAsync(NotificationMessage message, CancellationToken cancellationToken)
    {
        Log(logger, message.Id, message.Language);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Notification {Id} ({Language}) sent to the log.")]
    private static partial void Log(ILogger logger, Guid id, string language);
}
