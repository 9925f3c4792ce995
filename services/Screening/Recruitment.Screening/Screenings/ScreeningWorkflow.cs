using Marten;
using Recruitment.EventSourcing;
using Recruitment.Screening.Rules;
using Recruitment.Screening.Screenings.Assessing;
using Recruitment.Screening.Screenings.Concluding;

namespace Recruitment.Screening.Screenings;

/// <summary>
/// Every change to a screening goes the same way: record what happened, judge again with the campaign's rule set, and
/// conclude if the deadline has passed — three decisions on one stream, each on the state the previous one left. A fact
/// that overtook the submission (messages come in any order) is recorded and judged with the rest once it arrives.
/// </summary>
public static class ScreeningWorkflow
{
    public static async Task<Decision> ChangeAsync(
        IDocumentSession session, StreamWrite<Screening> stream, Func<Screening?, Decision> record, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var recorded = await stream.StartOrDecideAsync(record, cancellationToken);
        if (!recorded.IsAccepted || stream.State is not { AwaitingSubmission: false, Withdrawn: false, Erased: false } screening)
        {
            return recorded;
        }

        var rules = await RuleBook.ForCampaignAsync(session, screening.Campaign, cancellationToken);
        await stream.DecideAsync(s => Assess.Again(s, rules, now), cancellationToken);
        await stream.DecideAsync(s => Conclude.Decide(s, now), cancellationToken);
        return recorded;
    }
}
