namespace Recruitment.Applications.Notifications;

/// <summary>
/// Where the sending of one recorded notification stands. Its id is the notification's id, so a replay of the stream
/// finds it and sends nothing twice; <see cref="NextAttemptAt"/> is set only while an attempt is due, so the job's
/// indexed query sees the pending few, never the sent many.
/// </summary>
public sealed class NotificationDelivery
{
    public Guid Id { get; set; }

    public Guid ApplicationId { get; set; }

    public string To { get; set; } = "";

    public string Language { get; set; } = "";

    public string Subject { get; set; } = "";

    public string Body { get; set; } = "";

    public DeliveryStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? NextAttemptAt { get; set; }

    public DateTimeOffset? SentAt { get; set; }

    public string? LastError { get; set; }

    /// <summary>Marten's optimistic concurrency: of two nodes claiming the same attempt, one wins.</summary>
    public Guid Version { get; set; }
}

public enum DeliveryStatus { Pending, Sent, Failed }
