using Recruitment.Applications.Vacancies.Publishing;
using Recruitment.ServiceDefaults.Errors;

namespace Recruitment.Applications.Tests.Campaigns;

/// <summary>A campaign is a year, optionally with a short slug, for organisations that run several calls a year (R4 counts per campaign).</summary>
public sealed class CampaignIdTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 1, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2026", "2026")]
    [InlineData("2026-spring", "2026-spring")]
    [InlineData("2026-2", "2026-2")]
    [InlineData(" 2026-Spring ", "2026-spring")]
    public void A_year_with_or_without_a_short_slug_is_a_campaign_in_one_spelling_R4(string given, string stored)
    {
        var errors = new FieldErrors();

        var published = PublishVacancy.Parse(Request(given), Now, errors);

        Assert.False(errors.Any);
        Assert.Equal(stored, published!.Campaign);
    }

    [Theory]
    [InlineData("26")]
    [InlineData("spring")]
    [InlineData("2026-")]
    [InlineData("2026_spring")]
    [InlineData("2026-spring-and-autumn-calls")]
    public void Anything_else_is_refused_with_the_forms_it_may_take(string given)
    {
        var errors = new FieldErrors();

        Assert.Null(PublishVacancy.Parse(Request(given), Now, errors));
        var message = Assert.Single(errors.For("campaign"));
        Assert.Contains("2026-spring", message.En);
        Assert.Contains("2026-spring", message.Fr);
    }

    private static PublishVacancy.Request Request(string campaign) =>
        new("250700", campaign, "Intern", "OPS", null, null, "2025-06-22T23:59:00", "NS", 1286.09m, ["2026-03"]);
}
