namespace Recruitment.Testing;

/// <summary>Application bodies as the gateway contract shows them, for tests to vary.</summary>
public static class SampleApplications
{
    public static object Valid(string vacancyId, string dateOfBirth = "2003-01-15", string[]? nationalities = null, string language = "fr", bool accommodation = false) => new
    {
        vacancyId,
        applicant = new
        {
            givenName = "Ada",
            familyName = "Lovelace",
            dateOfBirth,
            nationalities = nationalities ?? ["FR"],
            preferredLanguage = language,
        },
        education = new { status = "enrolled", level = "bachelor", yearsCompleted = 2, graduationDate = (string?)null },
        languages = new { english = "proficient", french = "working" },
        desirable = new { relevantDegree = true, advancedItTools = false, internationalExperience = false },
        motivation = "I would like to contribute to the Alliance's work.",
        references = new[] { new { name = "Charles Babbage", email = "charles@example.org" } },
        accommodationRequested = accommodation,
    };
}
