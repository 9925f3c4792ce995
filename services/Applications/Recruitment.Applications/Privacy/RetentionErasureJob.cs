using Marten;
using Recruitment.Applications.Applications;
using Recruitment.Applications.Vacancies;
using Recruitment.EventSourcing;

namespace Recruitment.Applications.Privacy;

/// <summary>
/// Retention: the personal data of candidates who were not selected is erased <c>Privacy:RetentionMonths</c> (12 by
/// default) after their campaign closed — its last vacancy's deadline — by the injected clock. A candidate selected at
/// any point is out of scope: their data follows the employment record. One erasure per person and campaign, named by
/// both, so that a second run (on this node or another) asks for nothing twice.
/// </summary>
public sealed class RetentionErasureJob(IDocumentStore store, TimeProvider clock, IConfiguration configuration, ILogger<RetentionErasureJob> logger)
    : PeriodicJob(logger, configuration.GetValue("Privacy:RetentionJobInterval", TimeSpan.FromHours(1)))
{
    private const int PageSize = 100;

    public int RetentionMonths { get; } = configuration.GetValue("Privacy:RetentionMonths", 12);

    public override async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var requested = 0;
        foreach (var campaign in await ExpiredCampaignsAsync(now, cancellationToken))
        {
            Guid? after = null;
            while (true)
            {
                IReadOnlyList<Application> page;
                await using (var query = store.QuerySession())
                {
                    var due = query.Query<Application>().Where(a => a.Campaign == campaign && !a.IsErased && !a.WasSelected);
                    if (after is { } last)
                    {
                        due = due.Where(a => a.Id.CompareTo(last) > 0);
                    }

                    page = await due.OrderBy(a => a.Id).Take(PageSize).ToListAsync(cancellationToken);
                }

                requested += await store.RetryAsync(async (session, token) =>
                {
                    var started = 0;
                    foreach (var person in page.GroupBy(a => a.SubjectId))
                    {
                        var erasureId = StreamIds.For("retention-erasure", $"{person.Key}|{campaign}");
                        var stream = await session.ForWritingAsync<Erasure>(erasureId, token);
                        started += (await stream.StartOrDecideAsync(existing => existing is not null ? Decision.Accept() : Decision.Accept(
                            new ErasureRequested(erasureId, person.Key, person.Select(a => a.Id).ToList(), false, "retention", now)), token)).Events.Count;
                    }

                    await session.SaveChangesAsync(token);
                    return started;
                }, cancellationToken);

                if (page.Count < PageSize)
                {
                    break;
                }

                after = page[^1].Id;
            }
        }

        return requested;
    }

    /// <summary>The campaigns whose last deadline lies more than the retention time back. There are a few per year.</summary>
    private async Task<IReadOnlyList<string>> ExpiredCampaignsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var query = store.QuerySession();
        var deadlines = await query.Query<Vacancy>().Select(v => new CampaignDeadline(v.Campaign, v.DeadlineUtc)).ToListAsync(cancellationToken);
        return deadlines.GroupBy(d => d.Campaign)
            .Where(campaign => campaign.Max(d => d.DeadlineUtc).AddMonths(RetentionMonths) <= now)
            .Select(campaign => campaign.Key)
            .ToList();
    }

    private sealed record CampaignDeadline(string Campaign, DateTimeOffset DeadlineUtc);
}
