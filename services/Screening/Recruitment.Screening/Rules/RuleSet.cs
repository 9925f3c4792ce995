namespace Recruitment.Screening.Rules;

/// <summary>
/// The essential criteria of a campaign (R6–R9) and the weights of the desirable ones (R11), as data: a campaign can
/// carry a changed rule set without a code change. A version, once stored, never changes, so every recorded decision
/// can be replayed with exactly the rules it was made with.
/// </summary>
public sealed record RuleSet(
    string Id,
    int MinimumAge,
    IReadOnlyList<NatoMember> NatoMembers,
    int MinimumYearsOfStudies,
    int RecentGraduateMonths,
    string RequiredLanguageLevel,
    ScoreWeights Weights)
{
    public string Version => Id;
}

/// <summary>A member state (ISO 3166-1 alpha-2) and the day it joined the Alliance (R7).</summary>
public sealed record NatoMember(string Country, DateOnly Accession);

/// <summary>What each desirable criterion adds to the score (R11). Nothing about nationality or gender can (R12).</summary>
public sealed record ScoreWeights(int RelevantDegree, int FinalStageMaster, int SecondLanguage, int AdvancedItTools, int InternationalExperience);

/// <summary>Which rule set a campaign is judged with; campaigns without one use the default.</summary>
public sealed record CampaignRules(string Id, string RuleSetVersion);
