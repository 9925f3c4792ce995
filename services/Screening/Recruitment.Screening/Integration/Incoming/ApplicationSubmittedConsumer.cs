using Marten;
using MassTransit;
using Recruitment.Applications.Contracts;
using Recruitment.EventSourcing;
using Recruitment.Screening.Screenings;

namespace Recruitment.Screening.Integration.Incoming;

/// <summary>Opens and judges the screening of a submitted application. A redelivery, or a copy under another id, changes nothing.</summary>
public sealed class ApplicationSubmittedConsumer(IDocumentStore store, TimeProvider clock)
    : IdempotentConsumer<ApplicationSubmitted>(store, clock)
{
    private readonly TimeProvider _clock = clock;

    protected override async Task Handle(ConsumeContext<ApplicationSubmitted> context, IDocumentSession session)
    {
        var m = context.Message;

        // The stream id is the application id: a second copy finds the screening open and stops here. An edit or a
        // withdrawal that overtook this message is already in the stream and counts from now on.
        var stream = await session.ForWritingAsync<Screenings.Screening>(m.ApplicationId, context.CancellationToken);
        if (stream.State is { AwaitingSubmission: false } or { Erased: true })
        {
            return;
        }

        var now = _clock.GetUtcNow();
        var opened = new ScreeningOpened(
            m.ApplicationId, m.VacancyId, m.Campaign, m.SubjectId, m.Applicant.GivenName, m.Applicant.FamilyName,
            m.Applicant.PreferredLanguage, m.AccommodationRequested, Candidates.From(m.Applicant, m.Education, m.Languages, m.Desirable),
            m.SubmittedAt, m.VacancyDeadlineUtc, now);
        await ScreeningWorkflow.ChangeAsync(session, stream, _ => Decision.Accept(opened), now, context.CancellationToken);
    }
}
