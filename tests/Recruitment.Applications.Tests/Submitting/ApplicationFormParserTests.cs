using Recruitment.Applications.Applications;
using Recruitment.Applications.Applications.Submitting;
using Recruitment.ServiceDefaults.Errors;

namespace Recruitment.Applications.Tests.Submitting;

/// <summary>Malformed input is a 400 with a message per field in both languages (R21); ineligibility is not.</summary>
public sealed class ApplicationFormParserTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    [Fact]
    public void A_well_formed_request_becomes_a_form()
    {
        var errors = new FieldErrors();

        var form = ApplicationFormParser.Parse(Valid(), Today, errors);

        Assert.False(errors.Any);
        Assert.NotNull(form);
        Assert.Equal(["FR", "BE"], form.Applicant.Nationalities);
        Assert.Equal(EducationStatus.Enrolled, form.Education.Status);
        Assert.Equal(LanguageLevel.Proficient, form.Languages.English);
    }

    [Fact]
    public void An_ineligible_but_well_formed_candidate_is_not_a_validation_error()
    {
        // 19 years old and Swiss: screened out later (R6, R7), but a valid application.
        var request = Valid() with { Applicant = Valid().Applicant! with { DateOfBirth = "2006-01-01", Nationalities = ["CH"] } };
        var errors = new FieldErrors();

        Assert.NotNull(ApplicationFormParser.Parse(request, Today, errors));
        Assert.False(errors.Any);
    }

    [Fact]
    public void An_unknown_value_of_a_closed_set_names_the_allowed_ones_in_both_languages_and_kebab_case_is_read()
    {
        var errors = new FieldErrors();
        var request = Valid() with
        {
            Education = Valid().Education! with { Status = "student" },
            Languages = Valid().Languages! with { French = " working " },
        };

        var form = ApplicationFormParser.Parse(request, Today, errors);

        Assert.Null(form);
        var message = Assert.Single(errors.For("education.status"));
        Assert.Equal("Unknown value; it is one of: enrolled, graduated, equivalent.", message.En);
        Assert.Equal("Valeur inconnue ; elle est l'une de : enrolled, graduated, equivalent.", message.Fr);
        Assert.Empty(errors.For("languages.french"));
        Assert.Equal(LanguageLevel.Working, KebabCase.Parse<LanguageLevel>(" working "));
        Assert.Null(KebabCase.Parse<LanguageLevel>("Working"));
    }

    [Theory]
    [InlineData("2023-02-30")]
    [InlineData("15/01/2003")]
    [InlineData("2003-13-01")]
    [InlineData("yesterday")]
    public void An_impossible_date_of_birth_is_refused(string date) =>
        AssertRefused(Valid() with { Applicant = Valid().Applicant! with { DateOfBirth = date } }, "applicant.dateOfBirth");

    [Fact]
    public void A_date_of_birth_in_the_future_is_refused() =>
        AssertRefused(Valid() with { Applicant = Valid().Applicant! with { DateOfBirth = "2025-06-02" } }, "applicant.dateOfBirth");

    [Fact]
    public void An_empty_nationality_list_is_refused() =>
        AssertRefused(Valid() with { Applicant = Valid().Applicant! with { Nationalities = [] } }, "applicant.nationalities");

    [Fact]
    public void An_unknown_country_code_is_refused() =>
        AssertRefused(Valid() with { Applicant = Valid().Applicant! with { Nationalities = ["FR", "XX"] } }, "applicant.nationalities");

    [Fact]
    public void An_oversized_motivation_is_refused() =>
        AssertRefused(Valid() with { Motivation = new string('a', ApplicationFormParser.MaxMotivationLength + 1) }, "motivation");

    [Fact]
    public void An_oversized_name_is_refused() =>
        AssertRefused(Valid() with { Applicant = Valid().Applicant! with { GivenName = new string('a', 101) } }, "applicant.givenName");

    [Theory]
    [InlineData("de")]
    [InlineData("")]
    public void A_preferred_language_other_than_english_or_french_is_refused_R21(string language) =>
        AssertRefused(Valid() with { Applicant = Valid().Applicant! with { PreferredLanguage = language } }, "applicant.preferredLanguage");

    [Fact]
    public void An_unknown_education_status_is_refused() =>
        AssertRefused(Valid() with { Education = Valid().Education! with { Status = "dropped-out" } }, "education.status");

    [Fact]
    public void A_graduate_without_a_graduation_date_is_refused() =>
        AssertRefused(Valid() with { Education = new EducationRequest("graduated", "master", 5, null) }, "education.graduationDate");

    [Fact]
    public void A_reference_without_a_valid_email_is_refused() =>
        AssertRefused(Valid() with { References = [new ReferenceRequest("Bob", "not-an-email")] }, "references[0].email");

    [Fact]
    public void Missing_sections_are_each_named()
    {
        var errors = new FieldErrors();

        Assert.Null(ApplicationFormParser.Parse(new ApplicationRequest("250700", null, null, null, null, null, null, null), Today, errors));

        var fields = Fields(errors);
        Assert.Contains("applicant", fields);
        Assert.Contains("education", fields);
        Assert.Contains("languages", fields);
    }

    private static void AssertRefused(ApplicationRequest request, string field)
    {
        var errors = new FieldErrors();

        var form = ApplicationFormParser.Parse(request, Today, errors);

        Assert.Null(form);
        Assert.Contains(field, Fields(errors));
    }

    private static IReadOnlyCollection<string> Fields(FieldErrors errors) => errors.Fields;

    private static ApplicationRequest Valid() => new(
        "250700",
        new ApplicantRequest("Ada", "Lovelace", "2003-01-15", ["fr", "BE"], "fr"),
        new EducationRequest("enrolled", "bachelor", 2, null),
        new LanguagesRequest("proficient", "working"),
        new DesirableRequest(true, false, false),
        "Motivation",
        [new ReferenceRequest("Charles Babbage", "charles@example.org")],
        false);
}
