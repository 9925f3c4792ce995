using System.Reflection;
using Recruitment.Applications.Applications;
using Recruitment.Applications.Notifications;
using Recruitment.Applications.Vacancies;

namespace Recruitment.Applications.Tests.Notifications;

/// <summary>
/// R21: every message a candidate can receive, rendered in English and in French. The list is the one test that names
/// them all: a notification added to <see cref="CandidateNotifications"/> without a line here fails
/// <see cref="Every_notification_a_candidate_can_receive_is_listed_here"/>.
/// </summary>
public sealed class CandidateNotificationTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly EligibilityReported Ineligible = new(false,
        [new("R6", "age", "You must be at least 21 on the deadline date.", "Vous devez avoir au moins 21 ans à la date limite.")],
        "2025.1", true, Now, Guid.NewGuid());

    private static readonly EligibilityReported GenerativeAi = new(false,
        [new("R16", "generative-ai", "Your application was found to be written with generative AI.", "Votre candidature a été jugée rédigée à l'aide d'une IA générative.")],
        "2025.1", true, Now, Guid.NewGuid());

    private static readonly OfferReceived Offer = new(Guid.NewGuid(), new DateOnly(2026, 9, 1), 1286.09m,
        [
            new("visa", "Obtain a visa for Belgium before you book your travel.", "Obtenez un visa pour la Belgique avant de réserver votre voyage."),
            new("special-identity-card", "Apply for the special identity card on arrival.", "Demandez la carte d'identité spéciale à votre arrivée."),
        ],
        new DateOnly(2031, 1, 31), Now);

    /// <summary>Each kind of notification; the catalogue gives, per language, what its text must carry besides the greeting.</summary>
    public static readonly TheoryData<string> Kinds = [.. Catalogue("en").Keys];

    private static Dictionary<string, (NotificationRecorded Message, string[] MustSay)> Catalogue(string language)
    {
        var a = Candidate(language);
        var fr = language == "fr";
        return new()
        {
            ["application-received"] = (CandidateNotifications.Receipt(Submitted(a), Vacancy(), Now), [a.Id.ToString(), "250700", "2025-06-22 23:59"]),
            ["application-ineligible"] = (CandidateNotifications.Ineligible(a, Ineligible, Now), ["(R6)", fr ? "21 ans" : "at least 21"]),
            ["forwarded"] = (CandidateNotifications.Forwarded(a, Now), [a.Id.ToString(), fr ? "transmise aux divisions" : "passed to the divisions"]),
            ["shortlisted"] = (CandidateNotifications.Shortlisted(a, "OPS", Now), ["OPS"]),
            ["interview-scheduled"] = (CandidateNotifications.Interview(a, "face-to-face", "scheduled", new(2026, 7, 1, 8, 0, 0, TimeSpan.Zero), "OPS", Now),
                ["OPS", "2026-07-01 10:00", fr ? "aménagement raisonnable" : "reasonable accommodation"]),
            ["interview-rescheduled"] = (CandidateNotifications.Interview(a, "written-test", "rescheduled", new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero), "OPS", Now),
                ["OPS", "2026-12-01 09:00", fr ? "épreuve écrite" : "written test"]),
            ["interview-cancelled"] = (CandidateNotifications.Interview(a, "video-deferred", "cancelled", new(2026, 7, 1, 8, 0, 0, TimeSpan.Zero), "OPS", Now),
                ["OPS", fr ? "annulé" : "cancelled"]),
            ["removed-from-pool"] = (CandidateNotifications.RemovedFromPool(a, GenerativeAi, Now), ["(R16)", fr ? "annulé" : "cancelled"]),
            ["not-selected"] = (CandidateNotifications.NotSelected(a, "PASP", Now), ["PASP"]),
            ["selected"] = (CandidateNotifications.Selected(a, "OPS", Now), ["OPS", fr ? "confirmer votre intérêt" : "confirm your interest"]),
            ["clearance-requested"] = (CandidateNotifications.Clearance(a, "requested", "FR-NSA", new(2026, 3, 2), Now), ["FR-NSA", "2026-03-02", fr ? "délégation nationale" : "national delegation"]),
            ["clearance-granted"] = (CandidateNotifications.Clearance(a, "granted", "FR-NSA", new(2026, 9, 14), Now), ["2026-09-14"]),
            ["clearance-denied"] = (CandidateNotifications.Clearance(a, "denied", "FR-NSA", new(2026, 9, 14), Now), [fr ? "pas été accordée" : "not granted"]),
            ["clearance-withdrawn"] = (CandidateNotifications.Clearance(a, "withdrawn", "FR-NSA", new(2026, 9, 14), Now), [fr ? "retirée" : "withdrawn"]),
            ["clearance-follow-up"] = (CandidateNotifications.FollowUp(a, "FR-NSA", Now), ["FR-NSA", fr ? "délégation nationale" : "national delegation"]),
            ["final-offer"] = (CandidateNotifications.Offer(a, Offer, Now),
                ["2026-09-01", "1286.09", fr ? "Obtenez un visa pour la Belgique avant de réserver votre voyage." : "Obtain a visa for Belgium before you book your travel.",
                    fr ? "carte d'identité spéciale" : "special identity card"]),
            ["application-withdrawn"] = (CandidateNotifications.Withdrawn(a, Now), [a.Id.ToString(), fr ? "retirée" : "withdrawn"]),
        };
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_notification_exists_in_english_and_in_french_and_says_what_it_must_R21(string kind)
    {
        var (english, englishMustSay) = Catalogue("en")[kind];
        var (french, frenchMustSay) = Catalogue("fr")[kind];

        Assert.Equal((kind, "en", "ada@example.org"), (english.Kind, english.Language, english.To));
        Assert.Equal((kind, "fr", "ada@example.org"), (french.Kind, french.Language, french.To));
        Assert.StartsWith("Dear Ada,", english.Body, StringComparison.Ordinal);
        Assert.EndsWith("NATO Internship Programme", english.Body, StringComparison.Ordinal);
        Assert.StartsWith("Bonjour Ada,", french.Body, StringComparison.Ordinal);
        Assert.EndsWith("Programme de stages de l'OTAN", french.Body, StringComparison.Ordinal);
        Assert.NotEqual(english.Subject, french.Subject);
        Assert.All(englishMustSay, s => Assert.Contains(s, english.Body, StringComparison.Ordinal));
        Assert.All(frenchMustSay, s => Assert.Contains(s, french.Body, StringComparison.Ordinal));
    }

    [Fact]
    public void Every_notification_a_candidate_can_receive_is_listed_here()
    {
        string[] required =
        [
            "application-received", "application-ineligible", "forwarded", "shortlisted", "interview-scheduled", "interview-rescheduled",
            "interview-cancelled", "not-selected", "selected", "clearance-requested", "clearance-granted", "clearance-denied",
            "clearance-follow-up", "final-offer", "application-withdrawn",
        ];
        var listed = Catalogue("en").Keys.ToHashSet();

        Assert.Subset(listed, required.ToHashSet());

        // Every way CandidateNotifications has of writing to a candidate is in the catalogue above (the message to HR
        // is in English only, and Render is how the others write).
        var writers = typeof(CandidateNotifications).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Where(m => m.ReturnType == typeof(NotificationRecorded) && m.Name is not nameof(CandidateNotifications.Render) and not nameof(CandidateNotifications.OverdueToHr))
            .Select(m => m.Name)
            .ToHashSet();
        Assert.Equal(
            ["Clearance", "FollowUp", "Forwarded", "Ineligible", "Interview", "NotSelected", "Offer", "Receipt", "RemovedFromPool", "Selected", "Shortlisted", "Withdrawn"],
            writers.Order());
    }

    private static Application Candidate(string language) => Application.Create(Submitted(language));

    private static ApplicationSubmitted Submitted(string language) => new(
        Guid.Parse("0195a3c4-7d2e-7b1a-9c3f-2f6d8e4b5a10"), "250700", "2025", "ada@example.org", "5ab0c0ffee5ab0c0ffee5ab0c0ffee00",
        new ApplicationForm(
            new Applicant("Ada", "Lovelace", new DateOnly(2001, 12, 10), ["TR"], language),
            new Education(EducationStatus.Enrolled, EducationLevel.Bachelor, 2, null),
            new LanguageSkills(LanguageLevel.Proficient, LanguageLevel.Elementary),
            new Desirables(false, false, false),
            "Motivation.",
            [],
            false),
        new DateTimeOffset(2025, 6, 10, 9, 0, 0, TimeSpan.Zero),
        new DateTimeOffset(2025, 6, 22, 21, 59, 0, TimeSpan.Zero));

    private static ApplicationSubmitted Submitted(Application application) => Submitted(application.PreferredLanguage);

    private static Vacancy Vacancy() => new(Guid.NewGuid(), "250700", "2025", "Operations intern", "OPS", "Brussels", "INTERN", "NS", 1286.09m,
        ["2026-03"], new DateTime(2025, 6, 22, 23, 59, 0), new DateTimeOffset(2025, 6, 22, 21, 59, 0, TimeSpan.Zero));
}
