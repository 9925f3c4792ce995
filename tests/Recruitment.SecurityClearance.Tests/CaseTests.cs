using Recruitment.Reference;
using Recruitment.SecurityClearance.Cases;
using Recruitment.SecurityClearance.Cases.Reading;
using Recruitment.SecurityClearance.Cases.Reminders;
using Recruitment.SecurityClearance.Cases.Updating;
using Recruitment.ServiceDefaults.Errors;

namespace Recruitment.SecurityClearance.Tests;

/// <summary>R18 transitions and reminders, R19 offers, intake prediction.</summary>
public sealed class CaseTests
{
    private static readonly DateTimeOffset Requested = new(2026, 7, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Later = new(2027, 1, 15, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(CaseStatus.Requested, "in-progress", true)]
    [InlineData(CaseStatus.Requested, "withdrawn", true)]
    [InlineData(CaseStatus.Requested, "granted", true)]
    [InlineData(CaseStatus.Requested, "denied", true)]
    [InlineData(CaseStatus.InProgress, "granted", true)]
    [InlineData(CaseStatus.InProgress, "denied", true)]
    [InlineData(CaseStatus.InProgress, "in-progress", false)]
    [InlineData(CaseStatus.Granted, "denied", false)]
    [InlineData(CaseStatus.Denied, "granted", false)]
    [InlineData(CaseStatus.Withdrawn, "in-progress", false)]
    public void A_case_moves_from_requested_or_in_progress_to_an_end_and_never_out_of_one_R18(CaseStatus from, string to, bool allowed)
    {
        var decision = StatusDecisions.Decide(Case() with { Status = from }, to, new DateOnly(2027, 1, 10), new DateOnly(2031, 1, 10), null, "officer", Later);

        Assert.Equal(allowed, decision.IsAccepted);
        if (!allowed)
        {
            Assert.Equal(ProblemCodes.InvalidTransition, decision.Refusal);
        }
    }

    [Fact]
    public void An_outcome_straight_from_requested_keeps_its_date_checks_R18()
    {
        var requested = Case();

        Assert.Single(StatusDecisions.Decide(requested, "granted", new DateOnly(2027, 1, 10), new DateOnly(2031, 1, 10), null, "o", Later).Events.OfType<OfferMade>());
        Assert.Equal(ProblemCodes.Validation, StatusDecisions.Decide(requested, "denied", new DateOnly(2026, 6, 30), null, null, "o", Later).Refusal);
        Assert.Equal(ProblemCodes.Validation, StatusDecisions.Decide(requested, "granted", new DateOnly(2027, 1, 10), new DateOnly(2027, 1, 10), null, "o", Later).Refusal);
        Assert.Equal(ProblemCodes.Validation, StatusDecisions.Decide(requested, "denied", BrusselsTime.DateOf(Later).AddDays(1), null, null, "o", Later).Refusal);
    }

    [Fact]
    public void A_valid_grant_leads_to_the_offer_with_its_start_date_grant_and_checklist_R19_R20()
    {
        var decision = StatusDecisions.Decide(Case() with { Status = CaseStatus.InProgress }, "granted", new DateOnly(2027, 1, 10), new DateOnly(2031, 1, 10), null, "officer", Later);

        var offer = Assert.Single(decision.Events.OfType<OfferMade>());
        Assert.Equal(new DateOnly(2027, 3, 1), offer.StartDate);
        Assert.Equal(1286.09m, offer.MonthlyGrantEur);
        Assert.Equal(["visa", "special-identity-card"], offer.Checklist.Select(i => i.Code));
        Assert.Equal(193, Assert.Single(decision.Events.OfType<ClearanceGranted>()).Days);
    }

    [Fact]
    public void A_grant_that_expires_before_the_start_leads_to_no_offer_R19()
    {
        var decision = StatusDecisions.Decide(Case() with { Status = CaseStatus.InProgress }, "granted", new DateOnly(2027, 1, 10), new DateOnly(2027, 2, 1), null, "officer", Later);

        Assert.True(decision.IsAccepted);
        Assert.Empty(decision.Events.OfType<OfferMade>());
    }

    [Fact]
    public void A_grant_needs_a_validity_end_and_a_date_between_request_and_today()
    {
        var inProgress = Case() with { Status = CaseStatus.InProgress };

        Assert.Equal(ProblemCodes.Validation, StatusDecisions.Decide(inProgress, "granted", new DateOnly(2027, 1, 10), null, null, "o", Later).Refusal);
        Assert.Equal(ProblemCodes.Validation, StatusDecisions.Decide(inProgress, "granted", new DateOnly(2027, 2, 10), new DateOnly(2031, 1, 1), null, "o", Later).Refusal);
        Assert.Equal(ProblemCodes.Validation, StatusDecisions.Decide(inProgress, "denied", new DateOnly(2026, 6, 1), null, null, "o", Later).Refusal);
    }

    [Fact]
    public void The_follow_up_comes_at_six_months_and_the_overdue_report_at_eight_each_once_R18()
    {
        var open = Case();
        Assert.Empty(ReminderJob.Decide(open, Requested.AddMonths(6).AddDays(-1)).Events);

        var sixMonths = ReminderJob.Decide(open, Requested.AddMonths(6)).Events;
        Assert.IsType<FollowUpReminderSent>(Assert.Single(sixMonths));
        open = open.Apply((FollowUpReminderSent)sixMonths[0]);
        Assert.Empty(ReminderJob.Decide(open, Requested.AddMonths(7)).Events);

        var eightMonths = ReminderJob.Decide(open, Requested.AddMonths(8)).Events;
        open = open.Apply(Assert.IsType<OverdueReported>(Assert.Single(eightMonths)));
        Assert.Empty(ReminderJob.Decide(open, Requested.AddMonths(12)).Events);
    }

    [Fact]
    public void A_closed_case_is_never_reminded() =>
        Assert.Empty(ReminderJob.Decide(Case() with { Status = CaseStatus.Granted }, Requested.AddMonths(9)).Events);

    [Fact]
    public void The_prediction_adds_the_median_and_names_the_intake_it_reaches()
    {
        var prediction = ReadCases.Predict(Case(), samples: 3, medianDays: 200, today: new DateOnly(2026, 8, 1));

        Assert.Equal(new DateOnly(2027, 1, 17), prediction.ExpectedGrant);
        Assert.Equal(new DateOnly(2027, 3, 1), prediction.ReachableIntake);
        Assert.Equal(new DateOnly(2027, 9, 1), ReadCases.Predict(Case(), 3, 200, new DateOnly(2027, 3, 5)).ReachableIntake);
    }

    [Fact]
    public void A_confirmation_that_overtakes_the_selection_message_still_opens_the_case_R17()
    {
        var applicationId = Guid.NewGuid();
        var opened = ClearanceCase.Create(new ClearanceRequested(applicationId, "NS", "FR", ["FR"], 1286.09m, Requested));

        Assert.Equal(CaseStatus.Requested, opened.Status);
        Assert.Equal(ClearanceCase.IdFor(applicationId), opened.Id);
    }

    private static ClearanceCase Case() =>
        ClearanceCase.Create(new SelectionNoted(Guid.NewGuid(), "OPS", "2025", "250700", Requested))
            .Apply(new ClearanceRequested(Guid.NewGuid(), "NS", "TR", ["TR"], 1286.09m, Requested));
}
