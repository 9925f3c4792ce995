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
    bool? AccommodationRequested)
{
    /// <summary>The gateway contract's example, for the API description.</summary>
    public const string Example = """
        {"vacancyId":"250700",
         "applicant":{"givenName":"Ada","familyName":"Lovelace","dateOfBirth":"2003-01-15","nationalities":["FR"],"preferredLanguage":"fr"},
         "education":{"status":"enrolled","level":"bachelor","yearsCompleted":2,"graduationDate":null},
         "languages":{"english":"proficient","french":"working"},
         "desirable":{"relevantDegree":true,"advancedItTools":false,"internationalExperience":false},
         "motivation":"I want to learn how an international organisation works.",
         "references":[{"name":"Charles Babbage","email":"charles@example.org"}],
         "accommodationRequested":false}
        """;
}

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
