using Marten;
using MassTransit;
using Recruitment.Applications.Contracts;
using Recruitment.EventSourcing;
using Recruitment.Screening.Screenings;

namespace Recruitment.Screening.Integration.Incoming;

/// <summary>The applicant corrected their application (R5): judge it again. Arriving before the submission, it is kept until then.</summary>
public sealed class ApplicationEditedConsumer(IDocumentStore store, TimeProvider clock) : IdempotentConsumer<ApplicationEdited>(store, clock)
{
    private readonly TimeProvider _clock = clock;

    protected override async Task Handle(ConsumeContext<ApplicationEdited> context, IDocumentSession session)
    {
        var m = context.Message;
        var stream = await session.ForWritingAsync<Screenings.Screening>(m.ApplicationId, context.CancellationToken);
        await ScreeningWorkflow.ChangeAsync(session, stream, screening => screening is { Erased: true } ? Decision.Accept() :
            Decision.Accept(new CandidateDetailsChanged(Candidates.From(m.Applicant, m.Education, m.Languages, m.Desirable),
                m.Applicant.GivenName, m.Applicant.FamilyName, m.Applicant.PreferredLanguage, m.AccommodationRequested, m.EditedAt)),
            _clock.GetUtcNow(), context.CancellationToken);
    }
}
