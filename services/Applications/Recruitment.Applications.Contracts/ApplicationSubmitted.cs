using MassTransit;

namespace Recruitment.Applications.Contracts;

/// <summary>
/// An applicant submitted an application to a published vacancy (R3). Screening judges it. The applicant is named by
/// their subject id (a keyed hash of the address), never by the address.
/// </summary>
[MessageUrn("recruitment:applications:application-submitted:v1")]
public sealed record ApplicationSubmitted(
    Guid ApplicationId,
    string VacancyId,
    string Campaign,
    string SubjectId,
    ApplicantDetails Applicant,
    EducationDetails Education,
    LanguageDetails Languages,
    DesirableDetails Desirable,
    bool AccommodationRequested,
    DateTimeOffset SubmittedAt,
    DateTimeOffset VacancyDeadlineUtc);

public sealed record ApplicantDetails(
    string GivenName,
    string FamilyName,
    DateOnly DateOfBirth,
    IReadOnlyList<string> Nationalities,
    string PreferredLanguage);

public sealed record EducationDetails(string Status, string Level, int YearsCompleted, DateOnly? GraduationDate);

public sealed record LanguageDetails(string English, string French);

public sealed record DesirableDetails(bool RelevantDegree, bool AdvancedItTools, bool InternationalExperience);
