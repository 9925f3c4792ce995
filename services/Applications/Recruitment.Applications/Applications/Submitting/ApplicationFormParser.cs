using System.Globalization;
using System.Net.Mail;
using Recruitment.Reference;

namespace Recruitment.Applications.Applications.Submitting;

/// <summary>
/// Turns a request into an <see cref="ApplicationForm"/> or says, field by field and in both languages, what is wrong.
/// Only the shape is judged here: an ineligible candidate (too young, not a NATO national) is a valid application,
/// accepted and screened out later with reasons.
/// </summary>
public static class ApplicationFormParser
{
    public const int MaxNameLength = 100;
    public const int MaxMotivationLength = 5000;
    public const int MaxNationalities = 5;
    public const int MaxReferences = 5;
    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    public static ApplicationForm? Parse(ApplicationRequest request, DateOnly today, FieldErrors errors)
    {
        var applicant = ParseApplicant(request.Applicant, today, errors);
        var education = ParseEducation(request.Education, today, errors);
        var languages = ParseLanguages(request.Languages, errors);
        var motivation = request.Motivation?.Trim() ?? string.Empty;
        errors.Check(motivation.Length <= MaxMotivationLength, "motivation", TooLong(MaxMotivationLength));
        var references = ParseReferences(request.References, errors);
        var desirable = new Desirables(
            request.Desirable?.RelevantDegree ?? false,
            request.Desirable?.AdvancedItTools ?? false,
            request.Desirable?.InternationalExperience ?? false);

        return errors.Any || applicant is null || education is null || languages is null
            ? null
            : new ApplicationForm(applicant, education, languages, desirable, motivation, references, request.AccommodationRequested ?? false);
    }

    private static Applicant? ParseApplicant(ApplicantRequest? request, DateOnly today, FieldErrors errors)
    {
        if (!errors.Check(request is not null, "applicant", FieldMessages.Required))
        {
            return null;
        }

        var givenName = RequiredText(request!.GivenName, "applicant.givenName", MaxNameLength, errors);
        var familyName = RequiredText(request.FamilyName, "applicant.familyName", MaxNameLength, errors);

        var dateOfBirth = ParseDate(request.DateOfBirth, "applicant.dateOfBirth", required: true, errors);
        if (dateOfBirth is { } born)
        {
            errors.Check(born <= today, "applicant.dateOfBirth", new(
                "The date of birth cannot be in the future.", "La date de naissance ne peut pas être dans le futur."));
            errors.Check(born >= EarliestBirthDate, "applicant.dateOfBirth", new(
                "The date of birth is not plausible.", "La date de naissance n'est pas plausible."));
        }

        var nationalities = ParseNationalities(request.Nationalities, errors);

        var language = request.PreferredLanguage?.Trim().ToLowerInvariant();
        errors.Check(Languages.IsSupported(language), "applicant.preferredLanguage", new(
            "The preferred language must be \"en\" or \"fr\".", "La langue préférée doit être « en » ou « fr »."));

        return givenName is null || familyName is null || dateOfBirth is null || nationalities is null || !Languages.IsSupported(language)
            ? null
            : new Applicant(givenName, familyName, dateOfBirth.Value, nationalities, language!);
    }

    private static List<string>? ParseNationalities(List<string?>? codes, FieldErrors errors)
    {
        const string field = "applicant.nationalities";
        if (!errors.Check(codes is { Count: > 0 }, field, new(
                "At least one nationality is required.", "Au moins une nationalité est obligatoire.")))
        {
            return null;
        }

        if (!errors.Check(codes!.Count <= MaxNationalities, field, new(
                $"At most {MaxNationalities} nationalities.", $"{MaxNationalities} nationalités au plus.")))
        {
            return null;
        }

        var parsed = new List<string>();
        var valid = true;
        foreach (var code in codes)
        {
            var normalised = code?.Trim().ToUpperInvariant();
            if (!Countries.IsIsoCode(normalised))
            {
                valid = false;
                errors.Add(field, new(
                    $"\"{code}\" is not an ISO 3166-1 alpha-2 country code (e.g. FR, BE, US).",
                    $"« {code} » n'est pas un code pays ISO 3166-1 alpha-2 (par exemple FR, BE, US)."));
            }
            else if (!parsed.Contains(normalised!))
            {
                parsed.Add(normalised!);
            }
        }

        return valid ? parsed : null;
    }

    private static Education? ParseEducation(EducationRequest? request, DateOnly today, FieldErrors errors)
    {
        if (!errors.Check(request is not null, "education", FieldMessages.Required))
        {
            return null;
        }

        var status = errors.OneOf<EducationStatus>(request!.Status, "education.status");
        var level = errors.OneOf<EducationLevel>(request.Level, "education.level");
        var years = request.YearsCompleted ?? 0;
        errors.Check(years is >= 0 and <= 15, "education.yearsCompleted", new(
            "Years completed must be between 0 and 15.", "Le nombre d'années accomplies doit être compris entre 0 et 15."));

        var graduation = ParseDate(request.GraduationDate, "education.graduationDate", required: status == EducationStatus.Graduated, errors);
        if (graduation is { } graduated)
        {
            errors.Check(graduated <= today, "education.graduationDate", new(
                "The graduation date cannot be in the future.", "La date d'obtention du diplôme ne peut pas être dans le futur."));
        }

        return status is null || level is null ? null : new Education(status.Value, level.Value, years, graduation);
    }

    private static LanguageSkills? ParseLanguages(LanguagesRequest? request, FieldErrors errors)
    {
        if (!errors.Check(request is not null, "languages", FieldMessages.Required))
        {
            return null;
        }

        var english = errors.OneOf<LanguageLevel>(request!.English, "languages.english");
        var french = errors.OneOf<LanguageLevel>(request.French, "languages.french");
        return english is null || french is null ? null : new LanguageSkills(english.Value, french.Value);
    }

    private static List<Reference> ParseReferences(List<ReferenceRequest?>? requests, FieldErrors errors)
    {
        var references = new List<Reference>();
        if (requests is null)
        {
            return references;
        }

        if (!errors.Check(requests.Count <= MaxReferences, "references", new(
                $"At most {MaxReferences} references.", $"{MaxReferences} références au plus.")))
        {
            return references;
        }

        for (var i = 0; i < requests.Count; i++)
        {
            var name = RequiredText(requests[i]?.Name, $"references[{i}].name", 200, errors);
            var email = requests[i]?.Email?.Trim();
            var validEmail = errors.Check(IsEmail(email), $"references[{i}].email", new(
                "A valid e-mail address is required.", "Une adresse électronique valide est obligatoire."));
            if (name is not null && validEmail)
            {
                references.Add(new Reference(name, email!));
            }
        }

        return references;
    }

    private static string? RequiredText(string? value, string field, int maxLength, FieldErrors errors)
    {
        var text = value?.Trim();
        if (!errors.Check(!string.IsNullOrEmpty(text), field, FieldMessages.Required))
        {
            return null;
        }

        return errors.Check(text!.Length <= maxLength, field, TooLong(maxLength)) ? text : null;
    }

    private static DateOnly? ParseDate(string? value, string field, bool required, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Check(!required, field, FieldMessages.Required);
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, new(
            $"\"{value}\" is not a real date in the form YYYY-MM-DD.",
            $"« {value} » n'est pas une date réelle au format AAAA-MM-JJ."));
        return null;
    }

    private static bool IsEmail(string? value) =>
        value is { Length: > 3 and <= 254 } && MailAddress.TryCreate(value, out var address) && address.Address == value && value.Contains('.', StringComparison.Ordinal);

    private static Bilingual TooLong(int max) => new($"At most {max} characters.", $"{max} caractères au plus.");
}
