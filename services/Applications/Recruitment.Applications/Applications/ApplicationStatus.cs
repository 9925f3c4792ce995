namespace Recruitment.Applications.Applications;

/// <summary>Where a candidate stands, as the gateway contract names it (kebab-case on the wire).</summary>
public enum ApplicationStatus
{
    Submitted,
    Withdrawn,
    Ineligible,
    Eligible,
    Shortlisted,
    InterviewScheduled,
    NotSelected,
    Selected,
    InterestConfirmed,
    ClearanceRequested,
    ClearanceDenied,

    /// <summary>Beyond the contract's list: the case was withdrawn, which also ends the path without an offer.</summary>
    ClearanceWithdrawn,
    Offered,
    OfferAccepted,
    OfferDeclined,
}
