using Recruitment.EventSourcing;
using Recruitment.Reference;
using Recruitment.Screening.Rules;

namespace Recruitment.Screening.Screenings.Assessing;

/// <summary>
/// The decision: the automatic rules (R6–R9) as of the deadline date, then what people decided — documents checked
/// (R10) and generative AI (R16). Eligible only when the rules hold and the documents are verified; undecided (null)
/// while the rules hold and the documents wait for HR.
/// </summary>
public static class Assess
{
    public static EligibilityAssessed Decide(Screening screening, RuleSet rules, DateTimeOffset now)
    {
        var deadlineDate = BrusselsTime.DateOf(screening.DeadlineUtc);
        var ruleReasons = Eligibility.Judge(rules, screening.Candidate, deadlineDate);
        var reasons = new List<Reason>(ruleReasons);
        if (screening.Documents == DocumentCheck.Rejected)
        {
            reasons.Add(new("R10", "documents",
                $"Your documents could not be accepted: {screening.DocumentsReason}",
                $"Vos documents n'ont pas pu être acceptés : {screening.DocumentsReason}"));
        }

        if (screening.GenerativeAiNote is not null)
        {
            reasons.Add(new("R16", "generative-ai",
                "Your application was found to be written, in whole or in part, with generative AI.",
                "Votre candidature a été jugée rédigée, en tout ou en partie, à l'aide d'une IA générative."));
        }

        bool? eligible = reasons.Count > 0 ? false : screening.Documents == DocumentCheck.Verified ? true : null;
        return new EligibilityAssessed(rules.Version, screening.Candidate, screening.DeadlineUtc, deadlineDate, ruleReasons, reasons,
            eligible, Ranking.Score(rules, screening.Candidate.Merit), now);
    }

    /// <summary>A new judgement only when it differs from the last one: judging again what did not change records nothing.</summary>
    public static Decision Again(Screening screening, RuleSet rules, DateTimeOffset now) =>
        Decide(screening, rules, now) is var assessed && Changes(screening, assessed) ? Decision.Accept(assessed) : Decision.Accept();

    /// <summary>Whether the new assessment says anything the last one did not (a repeat is not recorded).</summary>
    public static bool Changes(Screening screening, EligibilityAssessed assessed) =>
        screening.Assessment is not { } last
        || last.Eligible != assessed.Eligible
        || last.Score != assessed.Score
        || last.RuleSetVersion != assessed.RuleSetVersion
        || last.Candidate with { Nationalities = [] } != assessed.Candidate with { Nationalities = [] }
        || !last.Candidate.Nationalities.SequenceEqual(assessed.Candidate.Nationalities)
        || !last.Reasons.SequenceEqual(assessed.Reasons);
}
