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
    object? Eligibility,
    object? Offer,
    Guid? ClearanceId)
{
    public static ApplicationView From(Application application) => new(
        application.Id, application.VacancyId, application.Campaign, application.Status, application.SubmittedAt, null, null, null);
}
