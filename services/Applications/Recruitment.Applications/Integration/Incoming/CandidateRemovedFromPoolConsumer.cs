using Marten;
using MassTransit;
using Recruitment.Applications.Applications;
using Recruitment.Applications.Notifications;
using Recruitment.EventSourcing;
using Recruitment.Screening.Contracts;

namespace Recruitment.Applications.Integration.Incoming;

/// <summary>
/// A screener rejected the application after it was forwarded (R16, R10): it leaves the divisions' pool, and the
/// candidate is told once, in their language, why — and that any interview still to come is cancelled (R13, R21).
/// </summary>
public sealed class CandidateRemovedFromPoolConsumer(IDocumentStore store, TimeProvider clock) : IdempotentConsumer<CandidateRemovedFromPool>(store, clock)
{
    private readonly TimeProvider _clock = clock;

    protected override Task Handle(ConsumeContext<CandidateRemovedFromPool> context, IDocumentSession session)
    {
        var m = context.Message;
        var messageId = context.MessageId!.Value;
        var reported = CandidateScreenedConsumer.Reported(false, m.Reasons, m.RuleSetVersion, final: true, m.RemovedAt, messageId);
        return PathSteps.RecordAsync(session, m.ApplicationId, messageId, "removed-from-pool", "screening", m.RemovedAt, ApplicationStatus.Ineligible,
            context.CancellationToken, new Dictionary<string, string> { ["ruleSetVersion"] = m.RuleSetVersion },
            application => [reported, CandidateNotifications.RemovedFromPool(application, reported, _clock.GetUtcNow())]);
    }
}
