using Marten;
using MassTransit;
using Recruitment.Applications.Contracts;
using Recruitment.EventSourcing;

namespace Recruitment.Screening.Privacy;

/// <summary>Screening's part of an erasure: the screenings of the person's applications, masked; then it says it is done.</summary>
public sealed class EraseScreeningsConsumer(IDocumentStore store, TimeProvider clock) : IdempotentConsumer<PersonalDataErasureRequested>(store, clock)
{
    private readonly TimeProvider _clock = clock;

    protected override async Task Handle(ConsumeContext<PersonalDataErasureRequested> context, IDocumentSession session)
    {
        await session.EraseStreamsAsync<Screenings.Screening>(context.Message.ApplicationIds.ToList(), _clock.GetUtcNow(), context.CancellationToken, tombstone: true);
        ErasureDone.Record(session, context.Message.ErasureId, _clock.GetUtcNow());
    }
}
