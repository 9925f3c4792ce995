using System.Net.Mail;

namespace Recruitment.Applications.Notifications;

/// <summary>Sends by SMTP when "Notifications:Smtp:Host" is configured (docker-compose points it at a mail catcher).</summary>
public sealed class SmtpNotificationSender(SmtpOptions options) : INotificationSender
{
    public async Task SendAsync(NotificationMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient(options.Host, options.Port) { EnableSsl = options.EnableSsl };
        using var mail = new MailMessage(options.From, message.To, message.Subject, message.Body);

        // The message id lets a mail server or reader recognise a resend of the same notification.
        mail.Headers.Add("Message-ID", $"<{message.Id}@recruitment>");
        await client.SendMailAsync(mail, cancellationToken);
    }
}

public sealed class SmtpOptions
{
    public const string Section = "Notifications:Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public bool EnableSsl { get; set; }

    public string From { get; set; } = "internships@recruitment.example";
}
