using Marten;
using Recruitment.Applications.Vacancies;

namespace Recruitment.Applications.Analytics;

/// <summary>
/// GET /api/analytics/campaigns/{campaign} (HR, admin): per vacancy and in total, how many candidates reached each
/// stage, why the ineligible were (by rule), and how long the steps between stages took (median and 90th percentile,
/// within 1 %). Read from the projection's documents: as current as the daemon, a moment behind the last event.
/// </summary>
public static class ReadCampaignAnalytics
{
    public sealed record Funnel(string Campaign, Figures Total, IReadOnlyList<VacancyFigures> Vacancies);

    public sealed record VacancyFigures(string VacancyId, string? Title, string? DivisionCode, Figures Figures);

    public sealed record Figures(IReadOnlyList<StageCount> Stages, IReadOnlyDictionary<string, int> IneligibleByRule, IReadOnlyList<TimeBetweenStages> Times);

    public sealed record StageCount(string Stage, int Candidates);

    /// <summary>Seconds from reaching <see cref="From"/> to reaching <see cref="To"/>, over the candidates who reached both.</summary>
    public sealed record TimeBetweenStages(string From, string To, int Candidates, double? MedianSeconds, double? P90Seconds);

    /// <summary>A campaign that has vacancies, newest first: what the dashboard offers to choose from.</summary>
    public sealed record CampaignSummary(string Campaign, int Vacancies, DateTimeOffset LastDeadlineUtc);

    public static void MapReadCampaignAnalytics(this RouteGroupBuilder analytics)
    {
        // Vacancies are a few dozen a year: grouping them is cheap, and no application is read.
        analytics.MapGet("/campaigns", async Task<Ok<IReadOnlyList<CampaignSummary>>> (IQuerySession session, CancellationToken cancellationToken) =>
        {
            var vacancies = await session.Query<Vacancy>().Select(v => new { v.Campaign, v.DeadlineUtc }).ToListAsync(cancellationToken);
            return TypedResults.Ok<IReadOnlyList<CampaignSummary>>(vacancies
                .GroupBy(v => v.Campaign)
                .Select(c => new CampaignSummary(c.Key, c.Count(), c.Max(v => v.DeadlineUtc)))
                .OrderByDescending(c => c.LastDeadlineUtc).ThenBy(c => c.Campaign, StringComparer.Ordinal)
                .ToList());
        });

        analytics.MapGet("/campaigns/{campaign}", async Task<Results<Ok<Funnel>, Problem>> (string campaign, IQuerySession session, CancellationToken cancellationToken) =>
            {
                var id = campaign.Trim().ToLowerInvariant();
                var vacancies = await session.Query<Vacancy>().Where(v => v.Campaign == id).ToListAsync(cancellationToken);
                var funnels = await session.Query<VacancyFunnel>()
                    .Where(f => f.Campaign == id && f.Shape == CampaignAnalytics.ShapeVersion)
                    .ToListAsync(cancellationToken);
                if (vacancies.Count == 0 && funnels.Count == 0)
                {
                    return Problems.Of(ProblemCodes.NotFound);
                }

                var byVacancy = funnels.ToDictionary(f => f.VacancyId, f => f.Figures);
                var total = new FunnelFigures();
                foreach (var figures in byVacancy.Values)
                {
                    total.Add(figures);
                }

                var published = vacancies.ToDictionary(v => v.VacancyId);
                var rows = published.Keys.Union(byVacancy.Keys).Order(StringComparer.Ordinal)
                    .Select(vacancyId => new VacancyFigures(vacancyId, published.GetValueOrDefault(vacancyId)?.Title, published.GetValueOrDefault(vacancyId)?.DivisionCode,
                        View(byVacancy.GetValueOrDefault(vacancyId) ?? new FunnelFigures())))
                    .ToList();
                return TypedResults.Ok(new Funnel(id, View(total), rows));
            })
            .ProducesProblems(ProblemCodes.NotFound);
    }

    private static Figures View(FunnelFigures figures) => new(
        Enum.GetValues<Stage>().Select(stage => new StageCount(KebabCase.Of(stage), figures.Reached.GetValueOrDefault(KebabCase.Of(stage)))).ToList(),
        new SortedDictionary<string, int>(figures.IneligibleByRule, StringComparer.Ordinal),
        Transition.All.Select(transition =>
        {
            var sketch = figures.Times.GetValueOrDefault(transition.Key) ?? new DurationSketch();
            return new TimeBetweenStages(KebabCase.Of(transition.From), KebabCase.Of(transition.To), sketch.Count,
                Seconds(sketch.Quantile(0.5)), Seconds(sketch.Quantile(0.9)));
        }).ToList());

    private static double? Seconds(TimeSpan? duration) => duration is { } d ? Math.Round(d.TotalSeconds) : null;
}
