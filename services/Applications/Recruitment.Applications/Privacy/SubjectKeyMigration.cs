using Marten;
using Recruitment.Applications.Applications;
using Recruitment.Applications.Campaigns;
using Recruitment.EventSourcing;

namespace Recruitment.Applications.Privacy;

/// <summary>
/// Data written before subject keys existed, brought over at start-up (idempotent: what is done is not found again).
/// Each application without a subject id gets one (<see cref="SubjectIdentified"/>, which the outbox tells the other
/// services so that their streams get it too); each applicant's campaign stream, named by a public UUIDv5 of the address,
/// is copied to the stream the subject key names and the old one archived, so R4 keeps counting what was applied before.
/// </summary>
public sealed class SubjectKeyMigration(SubjectKeys keys, TimeProvider clock) : IEventStoreSeed
{
    private const int PageSize = 100;

    public async Task SeedAsync(IDocumentStore store, CancellationToken cancellationToken)
    {
        while (true)
        {
            IReadOnlyList<Application> page;
            await using (var query = store.QuerySession())
            {
                page = await query.Query<Application>().Where(a => a.SubjectId == null && !a.IsErased).Take(PageSize).ToListAsync(cancellationToken);
            }

            if (page.Count == 0)
            {
                return;
            }

            await store.RetryAsync(async (session, token) =>
            {
                var now = clock.GetUtcNow();
                var copied = new HashSet<Guid>();
                foreach (var application in page)
                {
                    var stream = await session.ForWritingAsync<Application>(application.Id, token);
                    await stream.DecideAsync(a => a.SubjectId is null ? Decision.Accept(new SubjectIdentified(keys.SubjectId(a.ApplicantEmail), now)) : Decision.Accept(), token);
                    await RekeyCampaignAsync(session, application, copied, token);
                }

                await session.SaveChangesAsync(token);
                return page.Count;
            }, cancellationToken);
        }
    }

    private async Task RekeyCampaignAsync(IDocumentSession session, Application application, HashSet<Guid> copied, CancellationToken cancellationToken)
    {
        var legacy = StreamIds.For("applicant-campaign", $"{application.ApplicantEmail.ToLowerInvariant()}|{application.Campaign}");
        var keyed = ApplicantCampaign.StreamId(keys, application.ApplicantEmail, application.Campaign);
        if (!copied.Add(keyed) || await session.Events.FetchStreamStateAsync(keyed, cancellationToken) is not null)
        {
            return;
        }

        var events = await session.Events.FetchStreamAsync(legacy, token: cancellationToken);
        if (events.Count > 0)
        {
            session.Events.StartStream<ApplicantCampaign>(keyed, events.Select(e => e.Data).ToArray());
            session.Events.ArchiveStream(legacy);
        }
    }
}
