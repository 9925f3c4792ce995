using MassTransit;

namespace Recruitment.SecurityClearance.Contracts;

/// <summary>
/// A granted, valid clearance leads to the final offer (R19): the start date (the first 1 March or 1 September at
/// least 30 days after the grant), the monthly grant, and the onboarding checklist of the candidate's nationality (R20).
/// </summary>
[MessageUrn("recruitment:security-clearance:final-offer-made:v1")]
public sealed record FinalOfferMade(
    Guid ApplicationId,
    Guid ClearanceId,
    DateOnly StartDate,
    decimal MonthlyGrantEur,
    IReadOnlyList<OnboardingItem> Checklist,
    DateOnly ClearanceValidUntil,
    DateTimeOffset At);

/// <summary>One thing to do before arrival (R20), in both languages (R21).</summary>
public sealed record OnboardingItem(string Code, string En, string Fr);
