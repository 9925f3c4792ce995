namespace Recruitment.Applications.Applications;

/// <summary>An application as its stream tells it. Immutable: each fact gives a new state.</summary>
public sealed record Application(
    Guid Id,
    string VacancyId,
    string ApplicantEmail,
    string PreferredLanguage,
    ApplicationForm Form,
    ApplicationStatus Status,
    DateTimeOffset SubmittedAt)
{
    public static Application Create(ApplicationSubmitted submitted) => new(
        submitted.ApplicationId,
        submitted.VacancyId,
        submitted.ApplicantEmail,
        submitted.Form.Applicant.PreferredLanguage,
        submitted.Form,
        ApplicationStatus.Submitted,
        submitted.SubmittedAt);
}
