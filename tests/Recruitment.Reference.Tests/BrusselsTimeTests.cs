namespace Recruitment.Reference.Tests;

/// <summary>R2: deadlines are Brussels wall-clock times, converted with the real time-zone rules.</summary>
public sealed class BrusselsTimeTests
{
    [Fact]
    public void A_summer_deadline_is_two_hours_ahead_of_utc_R2()
    {
        // 22 June 2025, 23:59 in Brussels is CEST (UTC+2): the 2025 call's deadline.
        Assert.Equal(new DateTimeOffset(2025, 6, 22, 21, 59, 0, TimeSpan.Zero), BrusselsTime.ToInstant(new DateTime(2025, 6, 22, 23, 59, 0)));
    }

    [Fact]
    public void A_winter_deadline_is_one_hour_ahead_of_utc_R2()
    {
        Assert.Equal(new DateTimeOffset(2025, 1, 15, 22, 59, 0, TimeSpan.Zero), BrusselsTime.ToInstant(new DateTime(2025, 1, 15, 23, 59, 0)));
    }

    [Fact]
    public void The_day_before_and_after_the_spring_switch_differ_by_an_hour_R2()
    {
        // Clocks go forward on the last Sunday of March 2025 (30 March), at 02:00 CET.
        Assert.Equal(TimeSpan.FromHours(1), Offset(new DateTime(2025, 3, 30, 1, 59, 0)));
        Assert.Equal(TimeSpan.FromHours(2), Offset(new DateTime(2025, 3, 30, 3, 0, 0)));
    }

    [Fact]
    public void A_wall_clock_time_skipped_by_the_spring_switch_moves_forward_by_the_gap_R2()
    {
        // 02:30 on 30 March 2025 never happened in Brussels; it is read as 03:30 CEST.
        Assert.Equal(new DateTimeOffset(2025, 3, 30, 1, 30, 0, TimeSpan.Zero), BrusselsTime.ToInstant(new DateTime(2025, 3, 30, 2, 30, 0)));
    }

    [Fact]
    public void A_wall_clock_time_repeated_by_the_autumn_switch_is_its_later_occurrence_R2()
    {
        // 02:30 on 26 October 2025 happened twice (CEST, then CET): the deadline is the later one.
        Assert.Equal(new DateTimeOffset(2025, 10, 26, 1, 30, 0, TimeSpan.Zero), BrusselsTime.ToInstant(new DateTime(2025, 10, 26, 2, 30, 0)));
    }

    [Fact]
    public void The_date_of_an_instant_is_its_brussels_date_not_its_utc_date_R2()
    {
        // 22:30 UTC on 22 June is already 23 June in Brussels.
        Assert.Equal(new DateOnly(2025, 6, 23), BrusselsTime.DateOf(new DateTimeOffset(2025, 6, 22, 22, 30, 0, TimeSpan.Zero)));
    }

    private static TimeSpan Offset(DateTime local) => local - BrusselsTime.ToInstant(local).UtcDateTime;
}
