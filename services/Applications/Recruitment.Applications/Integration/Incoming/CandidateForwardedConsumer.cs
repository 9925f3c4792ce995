using Marten;
using MassTransit;
using Recruitment.Applications.Notifications;
using Recruitment.EventSourcing;
using Recruitment.Screening.Contracts;

namespace Recruitment.Applications.Integration.Incoming;

/// <summary>The application joined the pool every division reads (R13): a step of the path, and the candidate is told.</summary>
public sealed class CandidateForwardedConsumer(IDocumentStore store, TimeProvider clock) : IdempotentConsumer<CandidateForwarded>(store, clock)
{
    private readonly TimeProvider _clock = clock;

    protected override Task Handle(ConsumeContext<CandidateForwarded> context, IDocumentSession session) =>
        PathSteps.RecordAsync(session, context.Message.ApplicationId, context.MessageId!.Value,
            "forwarded-to-divisions", "screening", context.Message.ForwardedAt, status: null, context.CancellationToken,
            alsoRecord: application => [CandidateNotifications.Forwarded(application, _clock.GetUtcNow())]);
}
