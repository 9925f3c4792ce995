using Marten;
using MassTransit;
using Recruitment.Applications.Contracts;
using Recruitment.EventSourcing;
using Recruitment.Messaging;
using Recruitment.Screening.Rules;
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

        // The stream id is the application id: a second copy finds the stream and stops here.
        if (await session.Events.FetchStreamStateAsync(m.ApplicationId, context.CancellationToken) is not null)
        {
            return;
        }

        var now = _clock.GetUtcNow();
        var opened = new ScreeningOpened(
            m.ApplicationId, m.VacancyId, m.Campaign, m.ApplicantEmail, m.Applicant.GivenName, m.Applicant.FamilyName,
            m.Applicant.PreferredLanguage, m.AccommodationRequested, Candidates.From(m.Applicant, m.Education, m.Languages, m.Desirable),
            m.SubmittedAt, m.VacancyDeadlineUtc, now);
        var rules = await RuleBook.ForCampaignAsync(session, m.Campaign, context.CancellationToken);
        var judged = ScreeningWorkflow.Then(Screenings.Screening.Create(opened), [], rules, now);
        session.Events.StartStream<Screenings.Screening>(m.ApplicationId, [opened, .. judged]);
    }
}
