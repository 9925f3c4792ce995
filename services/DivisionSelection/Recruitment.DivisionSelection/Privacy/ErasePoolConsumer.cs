using Marten;
using MassTransit;
using Recruitment.Applications.Contracts;
using Recruitment.DivisionSelection.Pool;
using Recruitment.DivisionSelection.Selection;
using Recruitment.EventSourcing;

namespace Recruitment.DivisionSelection.Privacy;

/// <summary>
/// Division-Selection's part of an erasure: the person's pool entries and their selections in each campaign, masked;
/// then it says it is done.
/// </summary>
public sealed class ErasePoolConsumer(IDocumentStore store, TimeProvider clock) : IdempotentConsumer<PersonalDataErasureRequested>(store, clock)
{
    private readonly TimeProvider _clock = clock;

    protected override async Task Handle(ConsumeContext<PersonalDataErasureRequested> context, IDocumentSession session)
    {
        var m = context.Message;
        var candidates = await session.LoadManyAsync<PoolCandidate>(context.CancellationToken, m.ApplicationIds);
        var selections = candidates.Select(c => c.Campaign).Distinct().Select(campaign => CampaignSelection.StreamId(m.SubjectId, campaign)).ToList();
        await session.DocumentStore.MaskStreamsAsync(selections, context.CancellationToken);
        await session.EraseStreamsAsync<PoolCandidate>(m.ApplicationIds.ToList(), _clock.GetUtcNow(), context.CancellationToken, tombstone: true);
        ErasureDone.Record(session, m.ErasureId, _clock.GetUtcNow());
    }
}
