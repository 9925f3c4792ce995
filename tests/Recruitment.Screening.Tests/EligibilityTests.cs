using Recruitment.Screening.Rules;

namespace Recruitment.Screening.Tests;

/// <summary>R6–R9 at their boundaries, judged as of the deadline date of the 2025 call (22 June 2025).</summary>
public sealed class EligibilityTests
{
    private static readonly DateOnly Deadline = new(2025, 6, 22);

    [Fact]
    public void Aged_exactly_21_on_the_deadline_date_is_eligible_R6() =>
        Assert.Empty(Judge(Eligible() with { DateOfBirth = new DateOnly(2004, 6, 22) }));

    [Fact]
    public void One_day_short_of_21_on_the_deadline_date_is_not_R6() =>
        Assert.Equal(["R6:age"], Judge(Eligible() with { DateOfBirth = new DateOnly(2004, 6, 23) }));

    [Theory]
    [InlineData(2025, 2, 28, 20)]
    [InlineData(2025, 3, 1, 21)]
    [InlineData(2028, 2, 29, 24)]
    [InlineData(2028, 2, 28, 23)]
    public void Someone_born_on_a_leap_day_turns_a_year_older_on_1_March_in_other_years_R6(int year, int month, int day, int age) =>
        Assert.Equal(age, Eligibility.AgeOn(new DateOnly(2004, 2, 29), new DateOnly(year, month, day)));

    [Theory]
    [InlineData("AT")]
    [InlineData("IE")]
    [InlineData("CY")]
    [InlineData("MT")]
    public void A_national_of_an_eu_state_that_is_not_in_nato_is_not_eligible_R7(string country) =>
        Assert.Equal(["R7:nationality"], Judge(Eligible() with { Nationalities = [country] }));

    [Fact]
    public void One_nato_nationality_among_several_is_enough_R7() =>
        Assert.Empty(Judge(Eligible() with { Nationalities = ["AT", "FR"] }));

    [Theory]
    [InlineData("SE", "2024-03-06", false)]
    [InlineData("SE", "2024-03-07", true)]
    [InlineData("FI", "2023-04-03", false)]
    [InlineData("FI", "2023-04-04", true)]
    [InlineData("MK", "2020-03-26", false)]
    [InlineData("MK", "2020-03-27", true)]
    public void A_member_counts_from_its_accession_date_R7(string country, string deadline, bool eligible)
    {
        var date = DateOnly.Parse(deadline, System.Globalization.CultureInfo.InvariantCulture);
        var reasons = Eligibility.Judge(DefaultRuleSet.V2025, Eligible() with { DateOfBirth = new DateOnly(1990, 1, 1), Nationalities = [country] }, date);
        Assert.Equal(eligible, reasons.Count == 0);
    }

    [Fact]
    public void The_default_rule_set_has_the_32_members()
    {
        Assert.Equal(32, DefaultRuleSet.V2025.NatoMembers.Select(m => m.Country).Distinct().Count());
    }

    [Theory]
    [InlineData(11, true)]
    [InlineData(12, true)]
    [InlineData(13, false)]
    public void A_graduate_is_eligible_within_12_months_of_the_deadline_R8(int monthsBefore, bool eligible) =>
        Assert.Equal(eligible, Judge(Eligible() with { EducationStatus = "graduated", YearsCompleted = 3, GraduationDate = Deadline.AddMonths(-monthsBefore) }).Count == 0);

    [Fact]
    public void A_graduate_one_day_past_12_months_is_not_eligible_R8() =>
        Assert.Equal(["R8:education"], Judge(Eligible() with { EducationStatus = "graduated", GraduationDate = Deadline.AddMonths(-12).AddDays(-1) }));

    [Theory]
    [InlineData("enrolled", "bachelor", 0, true)]
    [InlineData("enrolled", "master", 0, true)]
    [InlineData("enrolled", "doctorate", 5, true)]
    [InlineData("equivalent", "other", 2, true)]
    [InlineData("equivalent", "other", 1, false)]
    public void Students_and_two_years_of_equivalent_studies_qualify_R8(string status, string level, int years, bool eligible) =>
        Assert.Equal(eligible, Judge(Eligible() with { EducationStatus = status, EducationLevel = level, YearsCompleted = years }).Count == 0);

    [Fact]
    public void A_french_only_speaker_is_eligible_R9() =>
        Assert.Empty(Judge(Eligible() with { English = "none", French = "proficient" }));

    [Fact]
    public void Working_knowledge_of_both_languages_without_proficiency_is_not_enough_R9() =>
        Assert.Equal(["R9:language"], Judge(Eligible() with { English = "working", French = "working" }));

    [Fact]
    public void Every_failed_rule_is_a_reason_in_both_languages_R21()
    {
        var reasons = Eligibility.Judge(DefaultRuleSet.V2025, Eligible() with { DateOfBirth = new DateOnly(2010, 1, 1), Nationalities = ["CH"] }, Deadline);

        Assert.Equal(["R6", "R7"], reasons.Select(r => r.Rule));
        Assert.All(reasons, r => Assert.False(string.IsNullOrWhiteSpace(r.MessageEn) || string.IsNullOrWhiteSpace(r.MessageFr)));
        Assert.Contains("ans", reasons[0].MessageFr, StringComparison.Ordinal);
    }

    internal static Candidate Eligible() => new(
        new DateOnly(2003, 1, 15), ["FR"], "enrolled", "bachelor", 2, null, "proficient", "working", true, false, false);

    private static List<string> Judge(Candidate candidate) =>
        Eligibility.Judge(DefaultRuleSet.V2025, candidate, Deadline).Select(r => $"{r.Rule}:{r.Code}").ToList();
}
