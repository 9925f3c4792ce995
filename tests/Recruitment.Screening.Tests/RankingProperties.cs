using CsCheck;
using Recruitment.Screening.Rules;
using Recruitment.Screening.Screenings.Assessing;

namespace Recruitment.Screening.Tests;

/// <summary>R11, R12: the score orders the pool by merit and never depends on nationality or on anything that stands for gender.</summary>
public sealed class RankingProperties
{
    private static readonly string[] Countries = ["FR", "BE", "TR", "US", "AL", "CH", "AT", "DE", "PL", "SE", "CN", "BR"];
    private static readonly string[] Names = ["Ada", "Alan", "Grace", "Linus", "Marie", "Pierre", "Fatma", "Mehmet", "Ines", "Jan"];
    private static readonly Gen<string> Level = Gen.OneOf("none", "elementary", "working", "proficient");

    private static readonly Gen<Candidate> Candidates =
        from born in Gen.Int[0, 12000]
        from nationalities in Gen.OneOf(Countries).Array[1, 3]
        from status in Gen.OneOf("enrolled", "graduated", "equivalent")
        from level in Gen.OneOf("bachelor", "master", "doctorate", "other")
        from years in Gen.Int[0, 8]
        from english in Level
        from french in Level
        from relevant in Gen.Bool
        from it in Gen.Bool
        from international in Gen.Bool
        select new Candidate(new DateOnly(1980, 1, 1).AddDays(born), nationalities, status, level, years,
            status == "graduated" ? new DateOnly(2024, 9, 1) : null, english, french, relevant, it, international);

    [Fact]
    public void The_score_does_not_change_with_nationality_or_name_R12() =>
        (from candidate in Candidates
         from otherNationalities in Gen.OneOf(Countries).Array[1, 3]
         from givenName in Gen.OneOf(Names)
         from otherGivenName in Gen.OneOf(Names)
         select (candidate, otherNationalities, givenName, otherGivenName))
        .Sample(t =>
        {
            var one = Assess.Decide(DecisionTests.Opened(t.candidate, t.givenName), DefaultRuleSet.V2025, DateTimeOffset.UnixEpoch);
            var other = Assess.Decide(DecisionTests.Opened(t.candidate with { Nationalities = t.otherNationalities }, t.otherGivenName, "Other"),
                DefaultRuleSet.V2025, DateTimeOffset.UnixEpoch);
            return one.Score == other.Score;
        });

    [Fact]
    public void Each_desirable_criterion_can_only_raise_the_score_R11() =>
        Candidates.Sample(candidate =>
        {
            var without = Ranking.Score(DefaultRuleSet.V2025, (candidate with { RelevantDegree = false, InternationalExperience = false, AdvancedItTools = false }).Merit);
            var with = Ranking.Score(DefaultRuleSet.V2025, (candidate with { RelevantDegree = true, InternationalExperience = true, AdvancedItTools = true }).Merit);
            return with - without == DefaultRuleSet.V2025.Weights.RelevantDegree + DefaultRuleSet.V2025.Weights.InternationalExperience
                + DefaultRuleSet.V2025.Weights.AdvancedItTools;
        });
}
