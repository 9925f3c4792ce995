using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;
using Marten.Subscriptions;
using Recruitment.Applications.Applications;
using Recruitment.EventSourcing;

namespace Recruitment.Applications.Analytics;

/// <summary>
/// The projection behind GET /api/analytics/campaigns/{campaign}: from the application streams' facts, each
/// application's journey and each vacancy's funnel, written in the transaction that moves the daemon's progress, so
/// every event counts once. A request reads a campaign's few vacancy documents; nothing is computed by scanning.
/// When the figures change shape, raise <see cref="ShapeVersion"/>: the daemon then replays every event into documents
/// of the new shape (the first page deletes the old ones), while the old shape keeps its progress record.
/// </summary>
public sealed class CampaignAnalytics : SubscriptionBase
{
    /// <summary>2: a clearance's outcome counts from the authority's date (R18).</summary>
    public const int ShapeVersion = 2;
    public const string SubscriptionName = "analytics";

    public CampaignAnalytics()
    {
        Name = SubscriptionName;
        Version = ShapeVersion;
        IncludeType<ApplicationSubmitted>();
        IncludeType<EligibilityReported>();
        IncludeType<StepReported>();
        IncludeType<InterestConfirmed>();
        IncludeType<OfferAccepted>();
        IncludeType<OfferDeclined>();
        IncludeType<ApplicationWithdrawn>();
    }

    public override async Task<IChangeListener> ProcessEventsAsync(
        EventRange page, ISubscriptionController controller, IDocumentOperations operations, CancellationToken cancellationToken)
    {
        if (page.SequenceFloor == 0)
        {
            operations.DeleteWhere<CandidateJourney>(journey => journey.Shape != ShapeVersion);
            operations.DeleteWhere<VacancyFunnel>(funnel => funnel.Shape != ShapeVersion);
        }

        var byApplication = page.Events.GroupBy(e => e.StreamId).ToList();
        if (byApplication.Count == 0)
        {
            return NullChangeListener.Instance;
        }

        var journeys = (await operations.LoadManyAsync<CandidateJourney>(cancellationToken,
                byApplication.Select(group => CandidateJourney.IdOf(ShapeVersion, group.Key)).ToArray()))
            .ToDictionary(journey => journey.Id);
        var changes = new List<(CandidateJourney Journey, FunnelFigures Before)>();
        foreach (var events in byApplication)
        {
            var id = CandidateJourney.IdOf(ShapeVersion, events.Key);
            var journey = journeys.GetValueOrDefault(id) ?? new CandidateJourney { Id = id, Shape = ShapeVersion };
            var before = journey.Figures();
            var reached = new Dictionary<string, DateTimeOffset>(journey.Reached);
            foreach (var @event in events.OrderBy(e => e.Sequence))
            {
                journey.Apply(@event);
            }

            // Most steps of a path are no stage (screening started, an edit): such a page changes no figure, and
            // writing the journey only to move its last sequence would cost a write per event for nothing.
            if (!journeys.ContainsKey(id) || journey.Reached.Count != reached.Count
                || journey.Reached.Any(stage => !reached.TryGetValue(stage.Key, out var at) || at != stage.Value))
            {
                operations.Store(journey);
                changes.Add((journey, before));
            }
        }

        var funnelIds = changes.Where(c => c.Journey.IsKnown)
            .Select(c => VacancyFunnel.IdOf(ShapeVersion, c.Journey.Campaign, c.Journey.VacancyId)).Distinct().ToArray();
        var funnels = (await operations.LoadManyAsync<VacancyFunnel>(cancellationToken, funnelIds)).ToDictionary(funnel => funnel.Id);
        foreach (var (journey, before) in changes.Where(c => c.Journey.IsKnown))
        {
            var id = VacancyFunnel.IdOf(ShapeVersion, journey.Campaign, journey.VacancyId);
            if (!funnels.TryGetValue(id, out var funnel))
            {
                funnels[id] = funnel = new VacancyFunnel { Id = id, Shape = ShapeVersion, Campaign = journey.Campaign, VacancyId = journey.VacancyId };
            }

            var after = journey.Figures();
            funnel.Figures.Add(before, -1);
            funnel.Figures.Add(after);
            foreach (var stage in after.Reached.Keys.Except(before.Reached.Keys))
            {
                PipelineMetrics.StageTransitions.Add(1, new KeyValuePair<string, object?>("stage", stage));
            }
        }

        foreach (var funnel in funnels.Values)
        {
            operations.Store(funnel);
        }

        return NullChangeListener.Instance;
    }
}
