namespace Recruitment.Screening.Screenings;

/// <summary>An application as Screening sees it. Its id is the application's id.</summary>
public sealed record Screening(
    Guid Id,
    string VacancyId,
    string ApplicantEmail,
    string PreferredLanguage,
    DateTimeOffset SubmittedAt)
{
    public static Screening Create(ScreeningOpened opened) =>
        new(opened.ApplicationId, opened.VacancyId, opened.ApplicantEmail, opened.PreferredLanguage, opened.SubmittedAt);
}
