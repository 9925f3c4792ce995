namespace Recruitment.Applications.Analytics;

/// <summary>
/// Durations kept as counts in logarithmic buckets (the DDSketch idea): any quantile is read back within 1 % of the true
/// value, the size stays bounded (a few hundred buckets from a second to years) however many candidates a campaign has,
/// and a duration can be taken out again when a late report moves a stage earlier. Sketches of vacancies add up to
/// the campaign's.
/// </summary>
public sealed class DurationSketch
{
    private const double RelativeAccuracy = 0.01;
    private static readonly double Gamma = (1 + RelativeAccuracy) / (1 - RelativeAccuracy);
    private static readonly double LogGamma = Math.Log(Gamma);

    /// <summary>Bucket index → how many durations fall in it; bucket 0 holds durations under a second.</summary>
    public Dictionary<int, int> Buckets { get; set; } = [];

    public int Count => Buckets.Values.Sum();

    public void Add(TimeSpan duration, int times = 1) => Counts.Add(Buckets, BucketOf(duration), times);

    public void Add(DurationSketch other, int sign = 1) => Counts.Add(Buckets, other.Buckets, sign);

    /// <summary>The nearest-rank quantile (0.5 the median, 0.9 the 90th percentile), or null when there is no duration.</summary>
    public TimeSpan? Quantile(double q)
    {
        var count = Count;
        if (count == 0)
        {
            return null;
        }

        var rank = Math.Max(1, (int)Math.Ceiling(q * count));
        var seen = 0;
        foreach (var (bucket, n) in Buckets.OrderBy(b => b.Key))
        {
            seen += n;
            if (seen >= rank)
            {
                return ValueOf(bucket);
            }
        }

        return ValueOf(Buckets.Keys.Max());
    }

    private static int BucketOf(TimeSpan duration) =>
        duration.TotalSeconds < 1 ? 0 : Math.Max(1, (int)Math.Ceiling(Math.Log(duration.TotalSeconds) / LogGamma));

    /// <summary>The middle of the bucket, in the sense that no value in it is more than 1 % away.</summary>
    private static TimeSpan ValueOf(int bucket) =>
        bucket == 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(2 * Math.Pow(Gamma, bucket) / (Gamma + 1));
}
