using JasperFx.Events;
using Recruitment.Applications.Campaigns;
using Recruitment.ServiceDefaults.Privacy;
using Recruitment.ServiceDefaults.Errors;

namespace Recruitment.Applications.Tests.Campaigns;

/// <summary>R4: at most three different vacancies of a campaign per applicant, once each.</summary>
public sealed class ApplicantCampaignTests
{
    private const string Ada = "ada@example.org";

    [Fact]
    public void A_first_application_is_accepted_R4()
    {
        var decision = ApplicantCampaign.Decide(null, "2025", "250700", Guid.NewGuid());

        Assert.True(decision.IsAccepted);
        Assert.IsType<VacancyApplied>(Assert.Single(decision.Events));
    }

    [Fact]
    public void A_third_vacancy_is_accepted_and_a_fourth_refused_R4()
    {
        var state = Given("250700", "250701");
        Assert.True(ApplicantCampaign.Decide(state, "2025", "250702", Guid.NewGuid()).IsAccepted);

        state = state.Apply(new VacancyApplied("2025", "250702", Guid.NewGuid()));
        var fourth = ApplicantCampaign.Decide(state, "2025", "250703", Guid.NewGuid());

        Assert.Equal(ProblemCodes.ApplicationLimit, fourth.Refusal);
    }

    [Fact]
    public void The_same_vacancy_twice_is_refused_R4()
    {
        Assert.Equal(ProblemCodes.DuplicateApplication, ApplicantCampaign.Decide(Given("250700"), "2025", "250700", Guid.NewGuid()).Refusal);
    }

    [Fact]
    public void A_withdrawn_application_frees_its_slot_but_not_its_vacancy_R4()
    {
        var withdrawnId = Guid.NewGuid();
        var state = Given("250701", "250702").Apply(new VacancyApplied("2025", "250700", withdrawnId))
            .Apply(new VacancySlotReleased("250700", withdrawnId));

        Assert.True(ApplicantCampaign.Decide(state, "2025", "250703", Guid.NewGuid()).IsAccepted);
        Assert.Equal(ProblemCodes.DuplicateApplication, ApplicantCampaign.Decide(state, "2025", "250700", Guid.NewGuid()).Refusal);
    }

    [Fact]
    public void The_stream_is_the_applicants_in_that_campaign_whatever_the_case_of_the_email_and_only_the_key_names_it_R4()
    {
        var keys = new SubjectKeys(new string('k', 48));

        Assert.Equal(ApplicantCampaign.StreamId(keys, "Ada@Example.org", "2025"), ApplicantCampaign.StreamId(keys, Ada, "2025"));
        Assert.NotEqual(ApplicantCampaign.StreamId(keys, Ada, "2025"), ApplicantCampaign.StreamId(keys, Ada, "2026"));
        Assert.NotEqual(ApplicantCampaign.StreamId(keys, Ada, "2025"), ApplicantCampaign.StreamId(new SubjectKeys(new string('x', 48)), Ada, "2025"));
        Assert.NotEqual(ApplicantCampaign.StreamId(keys, Ada, "2025"), global::Recruitment.EventSourcing.StreamIds.For("applicant-campaign", $"{Ada}|2025"));
    }

    private static ApplicantCampaign Given(params string[] vacancies) =>
        vacancies.Skip(1).Aggregate(
            ApplicantCampaign.Create(new Event<VacancyApplied>(new VacancyApplied("2025", vacancies[0], Guid.NewGuid())) { StreamId = Guid.NewGuid() }),
            (state, vacancy) => state.Apply(new VacancyApplied("2025", vacancy, Guid.NewGuid())));
}
