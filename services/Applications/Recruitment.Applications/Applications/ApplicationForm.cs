namespace Recruitment.Applications.Applications;

/// <summary>What an applicant tells us, once it has passed validation: every value is known to be well formed.</summary>
public sealed record ApplicationForm(
    Applicant Applicant,
    Education Education,
    LanguageSkills Languages,
    Desirables Desirable,
    string Motivation,
    IReadOnlyList<Reference> References,
    bool AccommodationRequested);

public sealed record Applicant(
    string GivenName,
    string FamilyName,
    DateOnly DateOfBirth,
    IReadOnlyList<string> Nationalities,
    string PreferredLanguage);

public sealed record Education(EducationStatus Status, EducationLevel Level, int YearsCompleted, DateOnly? GraduationDate);

public sealed record LanguageSkills(LanguageLevel English, LanguageLevel French);

public sealed record Desirables(bool RelevantDegree, bool AdvancedItTools, bool InternationalExperience);

public sealed record Reference(string Name, string Email);

public enum EducationStatus { Enrolled, Graduated, Equivalent }

public enum EducationLevel { Bachelor, Master, Doctorate, Other }

public enum LanguageLevel { None, Elementary, Working, Proficient }
