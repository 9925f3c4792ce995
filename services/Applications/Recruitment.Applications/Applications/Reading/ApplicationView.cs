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
    object? Offer,
    Guid? ClearanceId)
{
    public static ApplicationView From(Application application, string language) => new(
        application.Id, application.VacancyId, application.Campaign, application.Status, application.SubmittedAt,
        application.Eligibility is { Eligible: { } eligible } e
            ? new EligibilityView(eligible, e.Reasons.Select(r => new ReasonView(r.Rule, r.Code, language == "fr" ? r.MessageFr : r.MessageEn)).ToList())
            : null,
        null,
        null);
}

/// <summary>Screening's judgement as the contract shows it; null until Screening has decided (R10: after HR's document check).</summary>
public sealed record EligibilityView(bool Eligible, IReadOnlyList<ReasonView> Reasons);

public sealed record ReasonView(string Rule, string Code, string Message);
