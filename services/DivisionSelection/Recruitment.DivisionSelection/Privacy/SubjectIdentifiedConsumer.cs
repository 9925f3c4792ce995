using Marten;
using MassTransit;
using Recruitment.DivisionSelection.Pool;
using Recruitment.EventSourcing;

namespace Recruitment.DivisionSelection.Privacy;

/// <summary>A pool entry written before subject ids existed learns its person's (see the Application service's SubjectKeyMigration).</summary>
public sealed class SubjectIdentifiedConsumer(IDocumentStore store, TimeProvider clock) : IdempotentConsumer<Applications.Contracts.SubjectIdentified>(store, clock)
{
    protected override async Task Handle(ConsumeContext<Applications.Contracts.SubjectIdentified> context, IDocumentSession session)
    {
        var m = context.Message;
        var stream = await session.ForWritingAsync<PoolCandidate>(m.ApplicationId, context.CancellationToken);
        if (stream.State is { SubjectId: null or "", Left: false })
        {
            await stream.DecideAsync(_ => Decision.Accept(new SubjectIdentified(m.SubjectId, m.At)), context.CancellationToken);
        }
    }
}
