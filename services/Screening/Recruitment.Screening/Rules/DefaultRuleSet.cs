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
        NatoMembers:
        [
            .. Founders("BE", "CA", "DK", "FR", "IS", "IT", "LU", "NL", "NO", "PT", "GB", "US"),
            new("GR", new DateOnly(1952, 2, 18)), new("TR", new DateOnly(1952, 2, 18)),
            new("DE", new DateOnly(1955, 5, 6)),
            new("ES", new DateOnly(1982, 5, 30)),
            new("CZ", new DateOnly(1999, 3, 12)), new("HU", new DateOnly(1999, 3, 12)), new("PL", new DateOnly(1999, 3, 12)),
            new("BG", new DateOnly(2004, 3, 29)), new("EE", new DateOnly(2004, 3, 29)), new("LV", new DateOnly(2004, 3, 29)),
            new("LT", new DateOnly(2004, 3, 29)), new("RO", new DateOnly(2004, 3, 29)), new("SK", new DateOnly(2004, 3, 29)),
            new("SI", new DateOnly(2004, 3, 29)),
            new("AL", new DateOnly(2009, 4, 1)), new("HR", new DateOnly(2009, 4, 1)),
            new("ME", new DateOnly(2017, 6, 5)),
            new("MK", new DateOnly(2020, 3, 27)),
            new("FI", new DateOnly(2023, 4, 4)),
            new("SE", new DateOnly(2024, 3, 7)),
        ],
        MinimumYearsOfStudies: 2,
        RecentGraduateMonths: 12,
        RequiredLanguageLevel: "proficient",
        Weights: new ScoreWeights(RelevantDegree: 3, FinalStageMaster: 2, SecondLanguage: 1, AdvancedItTools: 1, InternationalExperience: 2));

    // The North Atlantic Treaty entered into force for its twelve signatories on 24 August 1949.
    private static IEnumerable<NatoMember> Founders(params string[] countries) =>
        countries.Select(country => new NatoMember(country, new DateOnly(1949, 8, 24)));
}
