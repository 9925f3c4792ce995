using Recruitment.Reference;

namespace Recruitment.Screening.Rules;

/// <summary>
/// The rules of the 2025 call (vacancy notices 250700 and 250702, which win over the 2024 FAQ), stored as the first
/// rule-set document when the service starts. Later campaigns add their own through the API.
/// </summary>
public static class DefaultRuleSet
{
    public const string Version = "2025.1";

    public static readonly RuleSet V2025 = new(
        Version,
        MinimumAge: 21,
        NatoMembers: [.. NatoMembership.Members.Select(m => new NatoMember(m.Country, m.Accession))],
        MinimumYearsOfStudies: 2,
        RecentGraduateMonths: 12,
        RequiredLanguageLevel: "proficient",
        Weights: new ScoreWeights(RelevantDegree: 3, FinalStageMaster: 2, SecondLanguage: 1, AdvancedItTools: 1, InternationalExperience: 2));
}
