namespace Recruitment.Messaging;

/// <summary>The "Messaging:Retry" section: how long a failing message is retried before it goes to the error queue.</summary>
public sealed class RetryOptions
{
    public const string Section = "Messaging:Retry";

    public TimeSpan[] Intervals { get; set; } =
        [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15)];
}
