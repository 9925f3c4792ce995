using Recruitment.DivisionSelection.Pool;
using Recruitment.DivisionSelection.Selection;
using Recruitment.ServiceDefaults.Errors;

namespace Recruitment.DivisionSelection.Tests;

/// <summary>Given a pool candidate, when a division acts, then facts or a refusal (R13–R15).</summary>
public sealed class PoolDecisionTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 25, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Leaving_the_pool_cancels_the_interviews_to_come_keeps_those_held_and_refuses_every_later_decision_R16_R13()
    {
        var held = (InterviewScheduled)PoolDecisions.Schedule(Shortlisted("OPS"), "OPS", InterviewKind.WrittenTest, Now.AddDays(1), "staff", Now).Events[0];
        var coming = (InterviewScheduled)PoolDecisions.Schedule(Shortlisted("OPS"), "OPS", InterviewKind.FaceToFace, Now.AddDays(9), "staff", Now).Events[0];
        var candidate = Shortlisted("OPS").Apply(held).Apply(coming);
        var later = Now.AddDays(2);

        var left = Assert.IsType<LeftPool>(Assert.Single(PoolDecisions.Leave(candidate, ["R16"], later).Events));
        var gone = candidate.Apply(left);

        Assert.Equal([coming.InterviewId], left.CancelledInterviews);
        Assert.Equal([false, true], gone.Interviews.Select(i => i.Cancelled));
        Assert.Empty(PoolDecisions.Leave(gone, ["R16"], later).Events);
        Assert.Equal(PoolDecisions.NotInPool, PoolDecisions.Refusal(gone)!.Refusal);
        Assert.Null(PoolDecisions.Refusal(candidate));
    }

    [Fact]
    public void A_rejection_that_overtakes_the_forwarding_starts_the_stream_outside_the_pool_R16()
    {
        var left = Assert.IsType<LeftPool>(Assert.Single(PoolDecisions.Leave(null, ["R10"], Now).Events));

        Assert.Empty(left.CancelledInterviews);
        Assert.Equal(PoolDecisions.NotInPool, PoolDecisions.Refusal(PoolCandidate.Create(new JasperFx.Events.Event<LeftPool>(left) { StreamId = Guid.NewGuid() }))!.Refusal);
    }

    [Fact]
    public void Shortlisting_twice_records_once()
    {
        var once = Given().Apply(Assert.IsType<Shortlisted>(Assert.Single(PoolDecisions.Shortlist(Given(), "OPS", "staff", Now).Events)));

        Assert.Empty(PoolDecisions.Shortlist(once, "OPS", "staff", Now).Events);
    }

    [Fact]
    public void An_interview_needs_the_divisions_shortlist_and_a_future_instant_R13()
    {
        Assert.Equal(ProblemCodes.InvalidTransition, PoolDecisions.Schedule(Given(), "OPS", InterviewKind.WrittenTest, Now.AddDays(3), "staff", Now).Refusal);
        var shortlisted = Shortlisted("OPS");
        Assert.Equal(ProblemCodes.Validation, PoolDecisions.Schedule(shortlisted, "OPS", InterviewKind.WrittenTest, Now.AddDays(-1), "staff", Now).Refusal);
        Assert.IsType<InterviewScheduled>(Assert.Single(PoolDecisions.Schedule(shortlisted, "OPS", InterviewKind.WrittenTest, Now.AddDays(3), "staff", Now).Events));
    }

    [Fact]
    public void A_division_moves_or_cancels_only_its_own_interviews()
    {
        var scheduled = (InterviewScheduled)PoolDecisions.Schedule(Shortlisted("OPS"), "OPS", InterviewKind.FaceToFace, Now.AddDays(3), "staff", Now).Events[0];
        var candidate = Shortlisted("OPS").Apply(new Shortlisted("PASP", "2025", "other", Now)).Apply(scheduled);

        Assert.Equal(ProblemCodes.NotFound, PoolDecisions.Reschedule(candidate, "PASP", scheduled.InterviewId, Now.AddDays(4), "other", Now).Refusal);
        Assert.IsType<InterviewRescheduled>(Assert.Single(PoolDecisions.Reschedule(candidate, "OPS", scheduled.InterviewId, Now.AddDays(4), "staff", Now).Events));
        var cancelled = candidate.Apply((InterviewCancelled)PoolDecisions.Cancel(candidate, "OPS", scheduled.InterviewId, "staff", Now).Events[0]);
        Assert.Empty(PoolDecisions.Cancel(cancelled, "OPS", scheduled.InterviewId, "staff", Now).Events);
    }

    [Fact]
    public void One_scorecard_per_assessor_per_candidate_R14()
    {
        var ratings = PoolDecisions.Competencies.ToDictionary(c => c, _ => 4);
        var first = PoolDecisions.Assess(Shortlisted("OPS"), "OPS", "assessor", ratings, Now);
        var candidate = Shortlisted("OPS").Apply((ScorecardSubmitted)first.Events[0]);

        Assert.Equal(36, ((ScorecardSubmitted)first.Events[0]).Total);
        Assert.Equal(ProblemCodes.Duplicate, PoolDecisions.Assess(candidate, "OPS", "assessor", ratings, Now).Refusal);
        Assert.True(PoolDecisions.Assess(candidate, "OPS", "another", ratings, Now).IsAccepted);
    }

    [Fact]
    public void A_candidate_selected_by_one_division_cannot_be_selected_by_another()
    {
        var candidate = Shortlisted("OPS").Apply(new Shortlisted("PASP", "2025", "other", Now));
        var selected = candidate.Apply((Selected)PoolDecisions.Select(candidate, "OPS", "staff", Now).Events[0]);

        Assert.Equal("already-selected", PoolDecisions.Select(selected, "PASP", "other", Now).Refusal?.Code);
        Assert.Empty(PoolDecisions.Select(selected, "OPS", "staff", Now).Events);
        Assert.Empty(PoolDecisions.Reject(selected, "PASP", "other", Now).Events);
    }

    [Fact]
    public void A_person_holds_one_selection_per_campaign_whichever_application()
    {
        var first = Given();
        var second = Given() with { Id = Guid.NewGuid(), VacancyId = "250702" };
        var made = (SelectionMade)CampaignSelection.Decide(null, first, "OPS").Events[0];

        Assert.Equal(CampaignSelection.StreamId(second.SubjectId, "2025"), CampaignSelection.Create(made).Id);
        Assert.NotEqual(CampaignSelection.StreamId(second.SubjectId, "2025"), CampaignSelection.StreamId(second.SubjectId, "2026"));
        Assert.Equal("already-selected", CampaignSelection.Decide(CampaignSelection.Create(made), second, "PASP").Refusal?.Code);
    }

    private static PoolCandidate Shortlisted(string division) => Given().Apply(new Shortlisted(division, "2025", "staff", Now));

    private static PoolCandidate Given() => PoolCandidate.Create(new CandidateJoinedPool(
        Guid.NewGuid(), "250700", "2025", "Ada", "Lovelace", "5ab0c0ffee5ab0c0ffee5ab0c0ffee00", "fr", "bachelor", "proficient", "working", true, 4, Now));
}
