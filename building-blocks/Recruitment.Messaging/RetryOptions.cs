namespace Recruitment.Messaging;

/// <summary>
/// The "Messaging:Retry" section. A message that fails for a transient reason (the database or the broker is away)
/// is retried with a growing back-off for as long as an outage of several minutes lasts; one that fails for any other
/// reason is a bug or bad data: a few quick retries, then the error queue, where an operator can see it.
/// </summary>
public sealed class RetryOptions
{
    public const string Section = "Messaging:Retry";

    /// <summary>The retries of a message that failed for a reason other than a transient fault.</summary>
    public TimeSpan[] Intervals { get; set; } =
        [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15)];

    /// <summary>How many times a transient fault is retried: with the back-off below, about 25 minutes.</summary>
    public int TransientLimit { get; set; } = 60;

    public TimeSpan TransientMinInterval { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan TransientMaxInterval { get; set; } = TimeSpan.FromSeconds(30);
}
