using Recruitment.EventSourcing;

namespace Recruitment.Screening.Screenings.Concluding;

/// <summary>
/// R13: once the vacancy's deadline has passed, an eligible application is forwarded to the pool and an ineligible one
/// is screened out — each once. One still waiting for HR's document check waits; it is concluded when HR decides. A
/// forwarded application that a screener rejects afterwards (R16, R10) leaves the pool, once.
/// </summary>
public static class Conclude
{
    public static Decision Decide(Screening screening, DateTimeOffset now)
    {
        if (screening is { InPool: true, Outcome: ScreeningOutcome.Ineligible, Assessment: { } rejection })
        {
            return Decision.Accept(new RemovedFromPool(rejection.RuleSetVersion, rejection.Reasons, now));
        }

        if (screening.ConcludedAt is not null || now <= screening.DeadlineUtc || screening.Assessment is not { } assessment)
        {
            return Decision.Accept();
        }

        return screening.Outcome switch
        {
            ScreeningOutcome.Eligible => Decision.Accept(new ForwardedToPool(
                screening.VacancyId, screening.Campaign, screening.GivenName, screening.FamilyName, screening.SubjectId,
                screening.PreferredLanguage, screening.Candidate.EducationLevel,
                screening.Candidate.English, screening.Candidate.French, screening.AccommodationRequested, assessment.Score, now)),
            ScreeningOutcome.Ineligible => Decision.Accept(new ScreenedOut(assessment.RuleSetVersion, assessment.Reasons, assessment.Score, now)),
            _ => Decision.Accept(),
        };
    }
}
