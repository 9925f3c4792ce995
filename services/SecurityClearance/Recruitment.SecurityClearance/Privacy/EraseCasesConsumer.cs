using Marten;
using MassTransit;
using Recruitment.Applications.Contracts;
using Recruitment.EventSourcing;
using Recruitment.SecurityClearance.Cases;

namespace Recruitment.SecurityClearance.Privacy;

/// <summary>Security-Clearance's part of an erasure: the cases of the person's applications, masked; then it says it is done.</summary>
public sealed class EraseCasesConsumer(IDocumentStore store, TimeProvider clock) : IdempotentConsumer<PersonalDataErasureRequested>(store, clock)
{
    private readonly TimeProvider _clock = clock;

    protected override async Task Handle(ConsumeContext<PersonalDataErasureRequested> context, IDocumentSession session)
    {
        var cases = context.Message.ApplicationIds.Select(ClearanceCase.IdFor).ToList();
        await session.EraseStreamsAsync<ClearanceCase>(cases, _clock.GetUtcNow(), context.CancellationToken, tombstone: true);
        ErasureDone.Record(session, context.Message.ErasureId, _clock.GetUtcNow());
    }
}
