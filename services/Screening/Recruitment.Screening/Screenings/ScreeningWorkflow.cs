using JasperFx.Events;
using Marten;
using Recruitment.Screening.Rules;
using Recruitment.Screening.Screenings.Assessing;
using Recruitment.Screening.Screenings.Concluding;

namespace Recruitment.Screening.Screenings;

/// <summary>
/// Every change to a screening goes the same way: record what happened, judge again with the campaign's rule set,
/// and conclude if the deadline has passed. Written on the session the caller saves, under optimistic concurrency.
/// </summary>
public static class ScreeningWorkflow
{
    /// <returns>False when there is no such screening (or only facts that overtook its submission).</returns>
    public static async Task<bool> ChangeAsync(
        IDocumentSession session, Guid applicationId, Func<Screening, IEnumerable<object>> decide, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Screening>(applicationId, cancellationToken);
        if (stream.Aggregate is not { AwaitingSubmission: false } screening)
        {
            return false;
        }

        await JudgeAsync(session, stream, screening, decide(screening).ToList(), now, cancellationToken);
        return true;
    }

    /// <summary>
    /// For a message about an application, which may overtake its submission (messages come in any order): the fact is
    /// recorded whenever it arrives, and judged with the rest once the submission is there.
    /// </summary>
    public static async Task RecordAsync(
        IDocumentSession session, Guid applicationId, Func<Screening?, IEnumerable<object>> decide, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stream = await session.Events.FetchForWriting<Screening>(applicationId, cancellationToken);
        var facts = decide(stream.Aggregate).ToList();
        if (stream.Aggregate is not { AwaitingSubmission: false } screening)
        {
            stream.AppendMany(facts);
            return;
        }

        await JudgeAsync(session, stream, screening, facts, now, cancellationToken);
    }

    private static async Task JudgeAsync(
        IDocumentSession session, IEventStream<Screening> stream, Screening screening, List<object> facts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rules = await RuleBook.ForCampaignAsync(session, screening.Campaign, cancellationToken);
        stream.AppendMany(Then(screening, facts, rules, now));
    }

    /// <summary>The given facts, followed by the judgement and the conclusion they lead to.</summary>
    public static List<object> Then(Screening screening, List<object> events, RuleSet rules, DateTimeOffset now)
    {
        screening = events.Aggregate(screening, Evolve);
        if (screening.Withdrawn)
        {
            return events;
        }

        var assessed = Assess.Decide(screening, rules, now);
        if (Assess.Changes(screening, assessed))
        {
            events.Add(assessed);
            screening = screening.Apply(assessed);
        }

        if (Conclude.Decide(screening, now) is { } conclusion)
        {
            events.Add(conclusion);
        }

        return events;
    }

    private static Screening Evolve(Screening screening, object @event) => @event switch
    {
        ScreeningOpened e => screening.Apply(e),
        CandidateDetailsChanged e => screening.Apply(e),
        ScreeningWithdrawn e => screening.Apply(e),
        DocumentsVerified e => screening.Apply(e),
        DocumentsRejected e => screening.Apply(e),
        RejectedForGenerativeAi e => screening.Apply(e),
        EligibilityAssessed e => screening.Apply(e),
        ForwardedToPool e => screening.Apply(e),
        ScreenedOut e => screening.Apply(e),
        _ => throw new InvalidOperationException($"A screening does not record {@event.GetType().Name}."),
    };
}
