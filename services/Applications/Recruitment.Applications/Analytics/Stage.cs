namespace Recruitment.Applications.Analytics;

/// <summary>The stages of a candidate's path that the campaign's funnel counts, in the order a candidate meets them.</summary>
public enum Stage
{
    Submitted,
    Eligible,
    Ineligible,
    Forwarded,
    Shortlisted,
    Interviewed,
    Selected,
    InterestConfirmed,
    ClearanceRequested,
    ClearanceGranted,
    ClearanceDenied,
    ClearanceOverdue,
    Offered,
    OfferAccepted,
    OfferDeclined,
    Withdrawn,
}

/// <summary>The time from one stage to the next that HR watches: how long candidates wait at each step.</summary>
public sealed record Transition(Stage From, Stage To)
{
    /// <summary>"submitted>eligible": how a transition is named in the stored figures.</summary>
    public string Key => $"{KebabCase.Of(From)}>{KebabCase.Of(To)}";

    public static readonly IReadOnlyList<Transition> All =
    [
        new(Stage.Submitted, Stage.Eligible),
        new(Stage.Submitted, Stage.Ineligible),
        new(Stage.Eligible, Stage.Forwarded),
        new(Stage.Forwarded, Stage.Shortlisted),
        new(Stage.Shortlisted, Stage.Interviewed),
        new(Stage.Interviewed, Stage.Selected),
        new(Stage.Selected, Stage.InterestConfirmed),
        new(Stage.InterestConfirmed, Stage.ClearanceRequested),
        new(Stage.ClearanceRequested, Stage.ClearanceGranted),
        new(Stage.ClearanceRequested, Stage.ClearanceDenied),
        new(Stage.ClearanceGranted, Stage.Offered),
        new(Stage.Offered, Stage.OfferAccepted),
        new(Stage.Offered, Stage.OfferDeclined),
    ];
}
