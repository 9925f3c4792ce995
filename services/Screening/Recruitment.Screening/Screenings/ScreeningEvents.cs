namespace Recruitment.Screening.Screenings;

// The facts of a screening stream, one stream per application (the stream id is the application id).

public sealed record ScreeningOpened(
    Guid ApplicationId,
    string VacancyId,
    string ApplicantEmail,
    string PreferredLanguage,
    DateTimeOffset SubmittedAt,
    DateTimeOffset OpenedAt);
