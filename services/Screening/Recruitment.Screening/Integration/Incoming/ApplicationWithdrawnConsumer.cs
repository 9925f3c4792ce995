using Marten;
using MassTransit;
using Recruitment.Applications.Contracts;
using Recruitment.EventSourcing;
using Recruitment.Screening.Screenings;

namespace Recruitment.Screening.Integration.Incoming;

/// <summary>The applicant withdrew (R5): the application leaves screening and is never forwarded, even if the withdrawal overtakes the submission.</summary>
public sealed class ApplicationWithdrawnConsumer(IDocumentStore store, TimeProvider clock) : IdempotentConsumer<ApplicationWithdrawn>(store, clock)
{
    private readonly TimeProvider _clock = clock;

    protected override async Task Handle(ConsumeContext<ApplicationWithdrawn> context, IDocumentSession session)
    {
        var m = context.Message;
        var stream = await session.ForWritingAsync<Screenings.Screening>(m.ApplicationId, context.CancellationToken);
        await ScreeningWorkflow.ChangeAsync(session, stream,
            screening => screening is { Withdrawn: true } ? Decision.Accept() : Decision.Accept(new ScreeningWithdrawn(m.WithdrawnAt)),
            _clock.GetUtcNow(), context.CancellationToken);
    }
}
