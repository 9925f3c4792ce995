namespace Recruitment.Applications.Analytics;

/// <summary>Counts per stage and rule, and durations per transition: a journey's, a vacancy's, or a whole campaign's.</summary>
public sealed class FunnelFigures
{
    public Dictionary<string, int> Reached { get; set; } = [];

    public Dictionary<string, int> IneligibleByRule { get; set; } = [];

    public Dictionary<string, DurationSketch> Times { get; set; } = [];

    /// <summary>Adds (sign 1) or takes out (sign -1) other figures: a journey's before and after an event, or a vacancy's to a total.</summary>
    public void Add(FunnelFigures other, int sign = 1)
    {
        Counts.Add(Reached, other.Reached, sign);
        Counts.Add(IneligibleByRule, other.IneligibleByRule, sign);
        foreach (var (key, sketch) in other.Times)
        {
            var mine = Times.TryGetValue(key, out var known) ? known : Times[key] = new DurationSketch();
            mine.Add(sketch, sign);
            if (mine.Buckets.Count == 0)
            {
                Times.Remove(key);
            }
        }
    }
}

/// <summary>A vacancy's figures in a campaign, kept up to date by <see cref="CampaignAnalytics"/>.</summary>
public sealed class VacancyFunnel
{
    /// <summary>"{shape}:{campaign}:{vacancy id}".</summary>
    public string Id { get; set; } = "";

    public int Shape { get; set; }

    public string Campaign { get; set; } = "";

    public string VacancyId { get; set; } = "";

    public FunnelFigures Figures { get; set; } = new();

    public static string IdOf(int shape, string campaign, string vacancyId) => $"{shape}:{campaign}:{vacancyId}";
}
