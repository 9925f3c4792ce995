using Marten;
using MassTransit;
using Recruitment.DivisionSelection.Pool;
using Recruitment.EventSourcing;
using Recruitment.Screening.Contracts;

namespace Recruitment.DivisionSelection.Integration.Incoming;

/// <summary>An eligible application joins the campaign's pool (R13). The stream id is the application id: a copy changes nothing.</summary>
public sealed class CandidateForwardedConsumer(IDocumentStore store, TimeProvider clock) : IdempotentConsumer<CandidateForwarded>(store, clock)
{
    protected override async Task Handle(ConsumeContext<CandidateForwarded> context, IDocumentSession session)
    {
        var m = context.Message;
        var stream = await session.ForWritingAsync<PoolCandidate>(m.ApplicationId, context.CancellationToken);
        await stream.StartOrDecideAsync(candidate => candidate is not null ? Decision.Accept() : Decision.Accept(new CandidateJoinedPool(
            m.ApplicationId, m.VacancyId, m.Campaign, m.GivenName, m.FamilyName, m.SubjectId, m.PreferredLanguage,
            m.EducationLevel, m.English, m.French, m.AccommodationRequested, m.Score, m.ForwardedAt)), context.CancellationToken);
    }
}
