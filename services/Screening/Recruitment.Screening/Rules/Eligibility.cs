using System.Globalization;

namespace Recruitment.Screening.Rules;

/// <summary>The essential criteria (R6–R9), judged as of the vacancy's deadline date. No reasons means the rules hold.</summary>
public static class Eligibility
{
    private static readonly string[] Levels = ["none", "elementary", "working", "proficient"];

    public static IReadOnlyList<Reason> Judge(RuleSet rules, Candidate candidate, DateOnly deadline)
    {
        var reasons = new List<Reason>();
        if (AgeOn(candidate.DateOfBirth, deadline) < rules.MinimumAge)
        {
            reasons.Add(new("R6", "age",
                $"You must be at least {rules.MinimumAge} years old on the deadline date ({Format(deadline)}).",
                $"Vous devez avoir au moins {rules.MinimumAge} ans à la date limite ({Format(deadline)})."));
        }

        if (!candidate.Nationalities.Any(country => rules.NatoMembers.Any(m => m.Country == country && m.Accession <= deadline)))
        {
            reasons.Add(new("R7", "nationality",
                $"You must be a national of a NATO member state on the deadline date ({Format(deadline)}).",
                $"Vous devez être ressortissant(e) d'un État membre de l'OTAN à la date limite ({Format(deadline)})."));
        }

        if (!MeetsEducation(rules, candidate, deadline))
        {
            reasons.Add(new("R8", "education",
                $"You must have at least {rules.MinimumYearsOfStudies} years of university studies or equivalent, be a student, or have graduated no more than {rules.RecentGraduateMonths} months before the deadline.",
                $"Vous devez avoir au moins {rules.MinimumYearsOfStudies} années d'études supérieures ou équivalent, être étudiant(e), ou être diplômé(e) depuis {rules.RecentGraduateMonths} mois au plus à la date limite."));
        }

        if (!MeetsLanguage(rules, candidate))
        {
            reasons.Add(new("R9", "language",
                "You must be proficient in English or French.",
                "Vous devez maîtriser l'anglais ou le français."));
        }

        return reasons;
    }

    /// <summary>
    /// Completed years on <paramref name="on"/>. Someone born on 29 February has a birthday on 1 March in other years:
    /// only then has the full year passed.
    /// </summary>
    public static int AgeOn(DateOnly born, DateOnly on)
    {
        var age = on.Year - born.Year;
        var birthday = born.Month == 2 && born.Day == 29 && !DateTime.IsLeapYear(on.Year)
            ? new DateOnly(on.Year, 3, 1)
            : new DateOnly(on.Year, born.Month, born.Day);
        return on < birthday ? age - 1 : age;
    }

    /// <summary>
    /// R8 by what the applicant is now: a student (bachelor, master or doctorate) qualifies; a graduate qualifies within
    /// the recent-graduate window; an equivalent education needs the minimum years of studies.
    /// </summary>
    private static bool MeetsEducation(RuleSet rules, Candidate candidate, DateOnly deadline) => candidate.EducationStatus switch
    {
        "enrolled" => true,
        "graduated" => candidate.GraduationDate is { } graduated && graduated <= deadline && graduated >= deadline.AddMonths(-rules.RecentGraduateMonths),
        "equivalent" => candidate.YearsCompleted >= rules.MinimumYearsOfStudies,
        _ => false,
    };

    private static bool MeetsLanguage(RuleSet rules, Candidate candidate)
    {
        var required = Array.IndexOf(Levels, rules.RequiredLanguageLevel);
        return Array.IndexOf(Levels, candidate.English) >= required || Array.IndexOf(Levels, candidate.French) >= required;
    }

    internal static int LevelOf(string level) => Array.IndexOf(Levels, level);

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
