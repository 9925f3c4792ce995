using JasperFx.Events;
using Recruitment.Applications.Applications;

namespace Recruitment.Applications.Analytics;

/// <summary>
/// When one application first reached each stage, and nothing about who made it: what the funnel is computed from,
/// kept beside it so that a late or out-of-order report changes the figures exactly once. Survives an erasure, which
/// masks who, not when.
/// </summary>
public sealed class CandidateJourney
{
    /// <summary>"{shape}:{application id}": a new shape of the figures is rebuilt beside the old one.</summary>
    public string Id { get; set; } = "";

    public int Shape { get; set; }

    public string Campaign { get; set; } = "";

    public string VacancyId { get; set; } = "";

    /// <summary>Stage (kebab-case) → the earliest instant it was reached, by when it happened, not when it was reported.</summary>
    public Dictionary<string, DateTimeOffset> Reached { get; set; } = [];

    /// <summary>The rules (R6–R10, R16) of the first judgement that found the candidate ineligible.</summary>
    public List<string> IneligibleBy { get; set; } = [];

    /// <summary>The last event applied: a page seen again (a replay) changes nothing.</summary>
    public long LastSequence { get; set; }

    public static string IdOf(int shape, Guid applicationId) => $"{shape}:{applicationId}";

    public bool IsKnown => Campaign.Length > 0;

    public void Apply(IEvent @event)
    {
        if (@event.Sequence <= LastSequence)
        {
            return;
        }

        LastSequence = @event.Sequence;
        switch (@event.Data)
        {
            case ApplicationSubmitted submitted:
                Campaign = submitted.Campaign;
                VacancyId = submitted.VacancyId;
                Reach(Stage.Submitted, submitted.SubmittedAt);
                break;
            case EligibilityReported { Eligible: true } eligible:
                Reach(Stage.Eligible, eligible.At);
                break;
            case EligibilityReported { Eligible: false } ineligible:
                if (Reach(Stage.Ineligible, ineligible.At) && IneligibleBy.Count == 0)
                {
                    IneligibleBy = ineligible.Reasons.Select(reason => reason.Rule).Distinct().Order(StringComparer.Ordinal).ToList();
                }

                break;
            case StepReported step when StageOf(step.Type) is { } stage:
                Reach(stage, WhenItHappened(step));
                break;
            case InterestConfirmed confirmed:
                Reach(Stage.InterestConfirmed, confirmed.At);
                break;
            case OfferAccepted accepted:
                Reach(Stage.OfferAccepted, accepted.At);
                break;
            case OfferDeclined declined:
                Reach(Stage.OfferDeclined, declined.At);
                break;
            case ApplicationWithdrawn withdrawn:
                Reach(Stage.Withdrawn, withdrawn.WithdrawnAt);
                break;
        }
    }

    /// <summary>The path steps other services report that count as a stage (the type is the step's on the timeline).</summary>
    public static Stage? StageOf(string stepType) => stepType switch
    {
        "forwarded-to-divisions" => Stage.Forwarded,
        "shortlisted" => Stage.Shortlisted,
        "assessed" => Stage.Interviewed,
        "selected" => Stage.Selected,
        "clearance-requested" => Stage.ClearanceRequested,
        "clearance-granted" => Stage.ClearanceGranted,
        "clearance-denied" => Stage.ClearanceDenied,
        "clearance-overdue" => Stage.ClearanceOverdue,
        "offered" => Stage.Offered,
        _ => null,
    };

    /// <summary>
    /// A clearance's outcome happened on the authority's date (R18), which the officer records a little later: how
    /// long clearances take is counted to that date, not to when it was typed in.
    /// </summary>
    private static DateTimeOffset WhenItHappened(StepReported step) =>
        step.Type is "clearance-granted" or "clearance-denied" && step.Details.TryGetValue("on", out var on)
        && DateOnly.TryParseExact(on, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : step.At;

    /// <summary>What this journey adds to its vacancy's figures: one per stage reached, and the time of each transition.</summary>
    public FunnelFigures Figures()
    {
        var figures = new FunnelFigures();
        if (!IsKnown)
        {
            return figures;
        }

        foreach (var stage in Reached.Keys)
        {
            figures.Reached[stage] = 1;
        }

        foreach (var rule in IneligibleBy)
        {
            figures.IneligibleByRule[rule] = 1;
        }

        foreach (var transition in Transition.All)
        {
            if (Reached.TryGetValue(KebabCase.Of(transition.From), out var from) && Reached.TryGetValue(KebabCase.Of(transition.To), out var to) && to >= from)
            {
                var sketch = new DurationSketch();
                sketch.Add(to - from);
                figures.Times[transition.Key] = sketch;
            }
        }

        return figures;
    }

    /// <summary>True when this is the first time the stage is reached (an earlier report moves it earlier).</summary>
    private bool Reach(Stage stage, DateTimeOffset at)
    {
        var key = KebabCase.Of(stage);
        if (Reached.TryGetValue(key, out var known))
        {
            if (at < known)
            {
                Reached[key] = at;
            }

            return false;
        }

        Reached[key] = at;
        return true;
    }
}
