using JasperFx.Events;
using Recruitment.Applications.Analytics;
using Recruitment.Applications.Applications;

namespace Recruitment.Applications.Tests.Analytics;

/// <summary>
/// The funnel's arithmetic: a journey counts once per stage, by when each stage happened; a late or repeated report
/// changes a vacancy's figures exactly once; quantiles come back within 1 %.
/// </summary>
public sealed class CampaignFunnelTests
{
    private static readonly DateTimeOffset Submitted = new(2025, 6, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid ApplicationId = Guid.NewGuid();
    private long _sequence;

    [Fact]
    public void A_journey_counts_each_stage_it_reached_once_and_times_each_step()
    {
        var journey = Journey(
            Submission(),
            Judged(true, Submitted.AddHours(2)),
            Step("forwarded-to-divisions", Submitted.AddDays(12)),
            Step("shortlisted", Submitted.AddDays(20)),
            Step("shortlisted", Submitted.AddDays(21)),
            Step("assessed", Submitted.AddDays(30)));

        var figures = journey.Figures();

        Assert.Equal(
            ["eligible", "forwarded", "interviewed", "shortlisted", "submitted"],
            figures.Reached.Where(r => r.Value == 1).Select(r => r.Key).Order());
        Near(TimeSpan.FromHours(2), figures.Times["submitted>eligible"].Quantile(0.5));
        Near(TimeSpan.FromDays(8), figures.Times["forwarded>shortlisted"].Quantile(0.5));
        Assert.False(figures.Times.ContainsKey("interviewed>selected"));
    }

    [Fact]
    public void An_earlier_report_arriving_late_moves_the_stage_and_its_time_once()
    {
        var journey = Journey(Submission(), Judged(true, Submitted.AddHours(1)), Step("forwarded-to-divisions", Submitted.AddDays(12)),
            Step("shortlisted", Submitted.AddDays(30)));
        var funnel = new FunnelFigures();
        funnel.Add(journey.Figures());

        // Another division shortlisted first; its report overtook nothing but arrives now.
        var before = journey.Figures();
        journey.Apply(Next(new StepReported("shortlisted", "division-selection", Submitted.AddDays(14), ApplicationStatus.Shortlisted, new Dictionary<string, string>(), Guid.NewGuid())));
        funnel.Add(before, -1);
        funnel.Add(journey.Figures());

        Assert.Equal(1, funnel.Reached["shortlisted"]);
        Assert.Equal(1, funnel.Times["forwarded>shortlisted"].Count);
        Near(TimeSpan.FromDays(2), funnel.Times["forwarded>shortlisted"].Quantile(0.5));
    }

    [Fact]
    public void A_page_seen_again_changes_nothing()
    {
        var events = new[] { Submission(), Next(Judged(false, Submitted.AddMinutes(3), "R6")) };
        var journey = Journey(events);
        var once = journey.Figures();

        foreach (var @event in events)
        {
            journey.Apply(@event);
        }

        Assert.Equal(once.Reached, journey.Figures().Reached);
        Assert.Equal(once.Times["submitted>ineligible"].Buckets, journey.Figures().Times["submitted>ineligible"].Buckets);
    }

    [Fact]
    public void The_ineligible_are_counted_by_the_rules_of_their_first_negative_judgement_R6_R16()
    {
        var journey = Journey(Submission(), Judged(false, Submitted.AddMinutes(1), "R6", "R7", "R6"), Judged(false, Submitted.AddDays(2), "R16"));

        var figures = journey.Figures();

        Assert.Equal(1, figures.Reached["ineligible"]);
        Assert.Equal(new Dictionary<string, int> { ["R6"] = 1, ["R7"] = 1 }, figures.IneligibleByRule);
    }

    [Fact]
    public void Withdrawals_offers_and_answers_are_stages_of_their_own_R5_R19()
    {
        var journey = Journey(Submission(), new ApplicationWithdrawn(Submitted.AddDays(1)));
        var answered = Journey(Submission(), Step("offered", Submitted.AddDays(200)), new OfferDeclined(Submitted.AddDays(203)));

        Assert.Equal(1, journey.Figures().Reached["withdrawn"]);
        Near(TimeSpan.FromDays(3), answered.Figures().Times["offered>offer-declined"].Quantile(0.9));
    }

    [Fact]
    public void A_clearance_takes_until_the_authoritys_date_not_until_the_officer_recorded_it_R18()
    {
        var requested = Submitted.AddDays(40);
        var journey = Journey(Submission(), Step("clearance-requested", requested),
            new StepReported("clearance-granted", "security-clearance", requested.AddDays(230), null,
                new Dictionary<string, string> { ["on"] = requested.AddDays(200).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) }, Guid.NewGuid()));

        Near(TimeSpan.FromDays(200) - requested.TimeOfDay, journey.Figures().Times["clearance-requested>clearance-granted"].Quantile(0.5));
    }

    [Fact]
    public void Quantiles_are_within_one_percent_and_durations_can_be_taken_out()
    {
        var sketch = new DurationSketch();
        var hours = Enumerable.Range(1, 1000).Select(h => TimeSpan.FromHours(h)).ToList();
        hours.ForEach(h => sketch.Add(h));

        Assert.Equal(500, sketch.Quantile(0.5)!.Value.TotalHours, 500 * 0.01);
        Assert.Equal(900, sketch.Quantile(0.9)!.Value.TotalHours, 900 * 0.01);

        hours.Skip(100).ToList().ForEach(h => sketch.Add(h, -1));
        Assert.Equal(100, sketch.Count);
        Assert.Equal(50, sketch.Quantile(0.5)!.Value.TotalHours, 50 * 0.01);
        Assert.Null(new DurationSketch().Quantile(0.5));
    }

    /// <summary>Within the sketch's 1 %.</summary>
    private static void Near(TimeSpan expected, TimeSpan? actual) =>
        Assert.Equal(expected.TotalSeconds, Assert.NotNull(actual).TotalSeconds, expected.TotalSeconds * 0.01);

    private CandidateJourney Journey(params object[] facts)
    {
        var journey = new CandidateJourney { Id = CandidateJourney.IdOf(1, ApplicationId), Shape = 1 };
        foreach (var fact in facts)
        {
            journey.Apply(fact as IEvent ?? Next(fact));
        }

        return journey;
    }

    private IEvent Next(object data)
    {
        var @event = (IEvent)Activator.CreateInstance(typeof(Event<>).MakeGenericType(data.GetType()), data)!;
        @event.Sequence = ++_sequence;
        @event.StreamId = ApplicationId;
        return @event;
    }

    private IEvent Submission() => Next(new ApplicationSubmitted(ApplicationId, "250700", "2025", "", "", SampleForm, Submitted, Submitted.AddDays(12)));

    private static EligibilityReported Judged(bool eligible, DateTimeOffset at, params string[] rules) =>
        new(eligible, rules.Select(rule => new EligibilityReason(rule, "code", "", "")).ToList(), "2025.1", true, at, Guid.NewGuid());

    private static StepReported Step(string type, DateTimeOffset at) =>
        new(type, "division-selection", at, null, new Dictionary<string, string>(), Guid.NewGuid());

    private static readonly ApplicationForm SampleForm = null!;
}
