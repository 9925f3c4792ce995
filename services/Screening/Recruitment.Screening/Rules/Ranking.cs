namespace Recruitment.Screening.Rules;

/// <summary>
/// The desirable criteria (R11) as a score that orders the pool. It reads only a <see cref="Merit"/>, which has no
/// nationality, name or anything else that stands for gender (R12), so it cannot depend on them.
/// </summary>
public static class Ranking
{
    public static int Score(RuleSet rules, Merit merit)
    {
        var weights = rules.Weights;
        var score = 0;
        if (merit.RelevantDegree)
        {
            score += weights.RelevantDegree;
        }

        if (merit.EducationLevel == "master" && merit.EducationStatus is "enrolled" or "graduated")
        {
            score += weights.FinalStageMaster;
        }

        // Proficient in one official language and at least elementary in the other.
        var english = Eligibility.LevelOf(merit.English);
        var french = Eligibility.LevelOf(merit.French);
        if (Math.Max(english, french) == Eligibility.LevelOf("proficient") && Math.Min(english, french) >= Eligibility.LevelOf("elementary"))
        {
            score += weights.SecondLanguage;
        }

        if (merit.AdvancedItTools)
        {
            score += weights.AdvancedItTools;
        }

        if (merit.InternationalExperience)
        {
            score += weights.InternationalExperience;
        }

        return score;
    }
}
