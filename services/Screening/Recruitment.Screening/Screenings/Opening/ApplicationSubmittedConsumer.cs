using Marten;
using MassTransit;
using Recruitment.Applications.Contracts;
using Recruitment.Messaging;

namespace Recruitment.Screening.Screenings.Opening;

/// <summary>Opens the screening of a submitted application. A redelivery, or a copy under another id, changes nothing.</summary>
public sealed class ApplicationSubmittedConsumer(IDocumentStore store, TimeProvider clock)
    : IdempotentConsumer<ApplicationSubmitted>(store, clock)
{
    private readonly TimeProvider _clock = clock;

    protected override async Task Handle(ConsumeContext<ApplicationSubmitted> context, IDocumentSession session)
    {
        var submitted = context.Message;

        // The stream id is the application id: a second copy finds the stream and stops here.
        var existing = await session.Events.FetchStreamStateAsync(submitted.ApplicationId, context.CancellationToken);
        if (existing is not null)
        {
            return;
        }

        session.Events.StartStream<Screening>(submitted.ApplicationId, new ScreeningOpened(
            submitted.ApplicationId,
            submitted.VacancyId,
            submitted.ApplicantEmail,
            submitted.Applicant.PreferredLanguage,
            submitted.SubmittedAt,
            _clock.GetUtcNow()));
    }
}
