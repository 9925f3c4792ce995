using Marten;
using MassTransit;
using Recruitment.DivisionSelection.Pool;
using Recruitment.EventSourcing;
using Recruitment.Screening.Contracts;

namespace Recruitment.DivisionSelection.Integration.Incoming;

/// <summary>
/// A forwarded candidate was rejected afterwards (R16, R10): they leave the pool, whether or not their forwarding has
/// arrived yet; a copy changes nothing.
/// </summary>
public sealed class CandidateRemovedFromPoolConsumer(IDocumentStore store, TimeProvider clock) : IdempotentConsumer<CandidateRemovedFromPool>(store, clock)
{
    protected override async Task Handle(ConsumeContext<CandidateRemovedFromPool> context, IDocumentSession session)
    {
        var m = context.Message;
        var stream = await session.ForWritingAsync<PoolCandidate>(m.ApplicationId, context.CancellationToken);
        await stream.StartOrDecideAsync(candidate => PoolDecisions.Leave(candidate, m.Reasons.Select(r => r.Rule).ToList(), m.RemovedAt),
            context.CancellationToken);
    }
}
