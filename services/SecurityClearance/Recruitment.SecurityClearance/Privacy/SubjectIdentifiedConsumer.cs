using Marten;
using MassTransit;
using Recruitment.EventSourcing;
using Recruitment.SecurityClearance.Cases;

namespace Recruitment.SecurityClearance.Privacy;

/// <summary>A case written before subject ids existed learns its person's (see the Application service's SubjectKeyMigration).</summary>
public sealed class SubjectIdentifiedConsumer(IDocumentStore store, TimeProvider clock) : IdempotentConsumer<Applications.Contracts.SubjectIdentified>(store, clock)
{
    protected override async Task Handle(ConsumeContext<Applications.Contracts.SubjectIdentified> context, IDocumentSession session)
    {
        var m = context.Message;
        var stream = await session.ForWritingAsync<ClearanceCase>(ClearanceCase.IdFor(m.ApplicationId), context.CancellationToken);
        if (stream.State is { SubjectId: null or "", Erased: false })
        {
            await stream.DecideAsync(_ => Decision.Accept(new SubjectIdentified(m.SubjectId, m.At)), context.CancellationToken);
        }
    }
}
