namespace Recruitment.ServiceDefaults;

/// <summary>
/// A clock that started at a chosen instant and runs at real speed from there: in Development, "Clock:Start" lets a
/// person try a past call (the seeded 2025 one) as if it were open. Never used outside Development.
/// </summary>
public sealed class ShiftedTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly TimeSpan _shift = start - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;
}
