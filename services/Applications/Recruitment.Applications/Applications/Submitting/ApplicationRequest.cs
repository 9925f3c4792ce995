namespace Recruitment.Applications.Applications.Submitting;

// The body of POST and PUT /api/applications as clients send it. Everything is optional here so that a missing or
// malformed value becomes a precise validation message (ApplicationFormParser) instead of a failure to bind.

public sealed record ApplicationRequest(
    string? VacancyId,
    ApplicantRequest? Applicant,
    EducationRequest? Education,
    LanguagesRequest? Languages,
    DesirableRequest? Desirable,
    string? Motivation,
    List<ReferenceRequest?>? References,
    bool? AccommodationRequested);

public sealed record ApplicantRequest(
    string? GivenName,
    string? FamilyName,
    string? DateOfBirth,
    List<string?>? Nationalities,
    string? PreferredLanguage);

public sealed record EducationRequest(string? Status, string? Level, int? YearsCompleted, string? GraduationDate);

public sealed record LanguagesRequest(string? English, string? French);

public sealed record DesirableRequest(bool? RelevantDegree, bool? AdvancedItTools, bool? InternationalExperience);

public sealed record ReferenceRequest(string? Name, string? Email);
