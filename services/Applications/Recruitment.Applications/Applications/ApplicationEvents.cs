namespace Recruitment.Applications.Applications;

// The facts of an application's own stream, oldest first in the order they can happen.

public sealed record ApplicationSubmitted(
    Guid ApplicationId,
    string VacancyId,
    string ApplicantEmail,
    ApplicationForm Form,
    DateTimeOffset SubmittedAt);
