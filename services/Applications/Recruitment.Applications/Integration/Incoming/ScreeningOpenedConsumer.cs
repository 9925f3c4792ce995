using Marten;
using MassTransit;
using Recruitment.EventSourcing;
using Recruitment.Screening.Contracts;

namespace Recruitment.Applications.Integration.Incoming;

/// <summary>Screening took the application in: a step of the candidate's path, decided by Screening.</summary>
public sealed class ScreeningOpenedConsumer(IDocumentStore store, TimeProvider clock) : IdempotentConsumer<ScreeningOpened>(store, clock)
{
    protected override Task Handle(ConsumeContext<ScreeningOpened> context, IDocumentSession session) =>
        PathSteps.RecordAsync(session, context.Message.ApplicationId, context.MessageId!.Value,
            "screening-started", "screening", context.Message.OpenedAt, status: null, context.CancellationToken);
}
