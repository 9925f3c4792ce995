namespace Recruitment.Testing;

/// <summary>
/// The domain's clock in tests: set to any instant, forward or back, so a test can stand before a deadline, after it,
/// or months into a clearance without waiting. Timers still run in real time.
/// </summary>
public sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private long _ticks = start.UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);

    public void Set(DateTimeOffset now) => Interlocked.Exchange(ref _ticks, now.UtcTicks);

    public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
}
