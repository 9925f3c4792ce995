using Recruitment.Screening.Rules;
using Recruitment.Screening.Screenings;
using Recruitment.Screening.Screenings.Assessing;
using Recruitment.Screening.Screenings.Concluding;
using Recruitment.Screening.Screenings.Reading;
using Recruitment.Screening.WhatIf;

namespace Recruitment.Screening.Tests;

/// <summary>R10, R13, R16 and the provenance of decisions: replay and what-if.</summary>
public sealed class DecisionTests
{
    private static readonly DateTimeOffset Deadline = new(2025, 6, 22, 21, 59, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Before = Deadline.AddDays(-5);
    private static readonly DateTimeOffset After = Deadline.AddMinutes(1);

    [Fact]
    public void Rules_that_hold_wait_for_hr_to_verify_the_documents_R10()
    {
        Assert.Null(Assess.Decide(Opened(), DefaultRuleSet.V2025, Before).Eligible);
        Assert.True(Assess.Decide(Opened().Apply(new DocumentsVerified("hr", Before)), DefaultRuleSet.V2025, Before).Eligible);
    }

    [Fact]
    public void Rejected_documents_make_the_application_ineligible_with_the_reason_R10()
    {
        var assessed = Assess.Decide(Opened().Apply(new DocumentsRejected("hr", "no dates on the enrolment proof", Before)), DefaultRuleSet.V2025, Before);

        Assert.False(assessed.Eligible);
        Assert.Contains("no dates", Assert.Single(assessed.Reasons, r => r.Rule == "R10").MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Verified_documents_do_not_make_an_ineligible_candidate_eligible_R10()
    {
        var tooYoung = Opened(EligibilityTests.Eligible() with { DateOfBirth = new DateOnly(2006, 1, 1) }).Apply(new DocumentsVerified("hr", Before));

        Assert.False(Assess.Decide(tooYoung, DefaultRuleSet.V2025, Before).Eligible);
    }

    [Fact]
    public void Generative_ai_is_a_reason_of_its_own_R16()
    {
        var assessed = Assess.Decide(Opened().Apply(new DocumentsVerified("hr", Before)).Apply(new RejectedForGenerativeAi("hr", "same text as a chatbot", Before)),
            DefaultRuleSet.V2025, Before);

        Assert.False(assessed.Eligible);
        Assert.Equal("generative-ai", Assert.Single(assessed.Reasons).Code);
    }

    [Fact]
    public void Nothing_is_concluded_before_the_deadline_R13() =>
        Assert.Empty(Conclude.Decide(Judged(Opened().Apply(new DocumentsVerified("hr", Before))), Before).Events);

    [Fact]
    public void After_the_deadline_an_eligible_application_is_forwarded_once_R13()
    {
        var eligible = Judged(Opened().Apply(new DocumentsVerified("hr", Before)));

        var forwarded = Assert.IsType<ForwardedToPool>(Assert.Single(Conclude.Decide(eligible, After).Events));
        Assert.Empty(Conclude.Decide(eligible.Apply(forwarded), After.AddHours(1)).Events);
    }

    [Fact]
    public void A_forwarded_application_rejected_afterwards_leaves_the_pool_once_and_does_not_come_back_R16_R10_R13()
    {
        var eligible = Judged(Opened().Apply(new DocumentsVerified("hr", Before)));
        var forwarded = eligible.Apply((ForwardedToPool)Conclude.Decide(eligible, After).Events[0]);
        var rejected = Judged(forwarded.Apply(new DocumentsRejected("hr", "forged", After)));

        var removed = Assert.IsType<RemovedFromPool>(Assert.Single(Conclude.Decide(rejected, After.AddHours(1)).Events));
        Assert.Equal("R10", Assert.Single(removed.Reasons).Rule);
        Assert.IsType<RemovedFromPool>(Assert.Single(Conclude.Decide(Judged(forwarded.Apply(new RejectedForGenerativeAi("hr", "chatbot", After))), After).Events));
        var gone = rejected.Apply(removed);
        Assert.Empty(Conclude.Decide(gone, After.AddHours(2)).Events);
        Assert.Empty(Conclude.Decide(Judged(gone.Apply(new DocumentsVerified("hr", After))), After.AddHours(3)).Events);
    }

    [Fact]
    public void After_the_deadline_an_ineligible_application_is_screened_out_and_one_waiting_for_hr_waits_R13()
    {
        var ineligible = Judged(Opened(EligibilityTests.Eligible() with { Nationalities = ["CH"] }));

        Assert.IsType<ScreenedOut>(Assert.Single(Conclude.Decide(ineligible, After).Events));
        Assert.Empty(Conclude.Decide(Judged(Opened()), After).Events);
    }

    [Fact]
    public void A_recorded_decision_replays_identically_with_its_own_rule_set_version()
    {
        var recorded = Assess.Decide(Opened(EligibilityTests.Eligible() with { DateOfBirth = new DateOnly(2004, 6, 23), Nationalities = ["AT"] }),
            DefaultRuleSet.V2025, Before);

        var replay = ReadScreenings.Replay(recorded, DefaultRuleSet.V2025);

        Assert.True(replay.Identical);
        Assert.Equal(["R6:age", "R7:nationality"], replay.Replay);
        Assert.Equal(new DateOnly(2025, 6, 22), replay.DeadlineDate);
    }

    [Fact]
    public void What_if_lists_only_the_candidates_whose_outcome_would_change_and_why()
    {
        var aged22 = Judged(Opened(EligibilityTests.Eligible() with { DateOfBirth = new DateOnly(2003, 1, 15) }));
        var aged30 = Judged(Opened(EligibilityTests.Eligible() with { DateOfBirth = new DateOnly(1995, 1, 15) }));
        var stricter = DefaultRuleSet.V2025 with { Id = "2026.1", MinimumAge = 23 };

        var change = Assert.Single(WhatIfRescreening.Compare([aged22, aged30], stricter));

        Assert.Equal(aged22.Id, change.ApplicationId);
        Assert.True(change.CurrentlyMeetsRules);
        Assert.False(change.WouldMeetRules);
        Assert.Equal(["R6:age"], change.WhatIfReasons);
        Assert.Equal("2025.1", aged22.Assessment!.RuleSetVersion);
    }

    internal static Screenings.Screening Opened(Candidate? candidate = null, string givenName = "Ada", string familyName = "Lovelace") =>
        Screenings.Screening.Create(new ScreeningOpened(Guid.NewGuid(), "250700", "2025", "ada@example.org", givenName, familyName, "fr", false,
            candidate ?? EligibilityTests.Eligible(), Before, Deadline, Before));

    private static Screenings.Screening Judged(Screenings.Screening screening) => screening.Apply(Assess.Decide(screening, DefaultRuleSet.V2025, Before));
}
