namespace Recruitment.SecurityClearance.Offers;

/// <summary>R19: internships start on 1 March or 1 September; by default the first of those at least 30 days after the grant.</summary>
public static class StartDates
{
    public const int MinimumDaysAfterGrant = 30;

    public static DateOnly After(DateOnly granted)
    {
        var earliest = granted.AddDays(MinimumDaysAfterGrant);
        var march = new DateOnly(earliest.Year, 3, 1);
        var september = new DateOnly(earliest.Year, 9, 1);
        return earliest <= march ? march : earliest <= september ? september : new DateOnly(earliest.Year + 1, 3, 1);
    }
}
