namespace Recruitment.Reference;

/// <summary>
/// Deadlines are local date-times in Brussels (R2), converted with the real time-zone rules: CET in winter, CEST in
/// summer. At the spring switch a local time between 02:00 and 03:00 does not exist; at the autumn switch one hour
/// happens twice. Both are handled on purpose, never by a fixed offset.
/// </summary>
public static class BrusselsTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    /// <summary>The instant a Brussels wall-clock time stands for.</summary>
    /// <remarks>
    /// A time skipped at the spring switch is read with the winter offset, i.e. moved forward by the length of the gap
    /// (02:30 becomes 03:30 summer time, 01:30 UTC). Of a repeated autumn hour, the later (winter-time) occurrence is
    /// taken. Either way a deadline never closes earlier than any reading of the wall-clock time it names.
    /// </remarks>
    public static DateTimeOffset ToInstant(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(unspecified))
        {
            var offsetBefore = Zone.GetUtcOffset(unspecified.AddHours(-3));
            return new DateTimeOffset(unspecified, offsetBefore).ToUniversalTime();
        }

        var offset = Zone.IsAmbiguousTime(unspecified)
            ? Zone.GetAmbiguousTimeOffsets(unspecified).Min()
            : Zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset).ToUniversalTime();
    }

    /// <summary>The Brussels wall-clock time of an instant.</summary>
    public static DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>The Brussels calendar date of an instant: eligibility is judged on the deadline's date (R6–R8).</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant));
}
