using Recruitment.SecurityClearance.Offers;

namespace Recruitment.SecurityClearance.Tests;

/// <summary>R19 start dates around both intakes, and R20 checklists.</summary>
public sealed class OfferTests
{
    [Theory]
    [InlineData("2027-01-10", "2027-03-01")]
    [InlineData("2027-01-30", "2027-03-01")]
    [InlineData("2027-01-31", "2027-09-01")]
    [InlineData("2027-08-02", "2027-09-01")]
    [InlineData("2027-08-03", "2028-03-01")]
    [InlineData("2027-12-15", "2028-03-01")]
    [InlineData("2028-01-30", "2028-03-01")]
    public void The_start_is_the_first_1_March_or_1_September_at_least_30_days_after_the_grant_R19(string granted, string start) =>
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            StartDates.After(DateOnly.Parse(granted, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData(new[] { "TR" }, new[] { "visa", "special-identity-card" })]
    [InlineData(new[] { "FR" }, new[] { "special-identity-card" })]
    [InlineData(new[] { "AL" }, new[] { "special-identity-card" })]
    [InlineData(new[] { "CA" }, new[] { "special-identity-card" })]
    [InlineData(new[] { "US" }, new[] { "special-identity-card" })]
    [InlineData(new[] { "BE" }, new string[0])]
    [InlineData(new[] { "TR", "DE" }, new[] { "special-identity-card" })]
    [InlineData(new[] { "NO" }, new[] { "check-visa", "special-identity-card" })]
    public void The_checklist_follows_the_nationalities_R20(string[] nationalities, string[] codes) =>
        Assert.Equal(codes, Onboarding.For(nationalities).Select(i => i.Code));

    [Fact]
    public void Every_checklist_item_reads_in_both_languages_R21() =>
        Assert.All(Onboarding.For(["TR"]), i => Assert.False(string.IsNullOrWhiteSpace(i.En) || string.IsNullOrWhiteSpace(i.Fr)));
}
