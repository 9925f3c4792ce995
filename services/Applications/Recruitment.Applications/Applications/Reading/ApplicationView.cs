namespace Recruitment.Applications.Applications.Reading;

/// <summary>
/// GET /api/applications/{id} as the gateway contract shows it. Eligibility, offer and clearance are null until the
/// services that decide them have reported.
/// </summary>
public sealed record ApplicationView(
    Guid ApplicationId,
    string VacancyId,
    string Campaign,
    ApplicationStatus Status,
    DateTimeOffset SubmittedAt,
    EligibilityView? Eligibility,
    OfferView? Offer,
    Guid? ClearanceId)
{
    public static ApplicationView From(Application application, string language) => new(
        application.Id, application.VacancyId, application.Campaign, application.Status, application.SubmittedAt,
        application.Eligibility is { Eligible: { } eligible } e
            ? new EligibilityView(eligible, e.Reasons.Select(r => new ReasonView(r.Rule, r.Code, language == "fr" ? r.MessageFr : r.MessageEn)).ToList())
            : null,
        application.Offer is { } offer
            ? new OfferView(offer.StartDate, offer.MonthlyGrantEur,
                offer.Checklist.Select(i => new ChecklistView(i.Code, language == "fr" ? i.Fr : i.En)).ToList(), offer.ClearanceValidUntil,
                application.OfferAcceptedByCandidate switch { true => "accepted", false => "declined", null => "open" })
            : null,
        application.ClearanceId);
}

/// <summary>The final offer (R19): start date, monthly grant, what to do before arrival (R20), and the candidate's answer.</summary>
public sealed record OfferView(DateOnly StartDate, decimal MonthlyGrantEur, IReadOnlyList<ChecklistView> Checklist, DateOnly ClearanceValidUntil, string Answer);

public sealed record ChecklistView(string Code, string Text);

/// <summary>Screening's judgement as the contract shows it; null until Screening has decided (R10: after HR's document check).</summary>
public sealed record EligibilityView(bool Eligible, IReadOnlyList<ReasonView> Reasons);

public sealed record ReasonView(string Rule, string Code, string Message);
