using Marten;
using Recruitment.SecurityClearance.Cases;

namespace Recruitment.SecurityClearance.Statistics;

/// <summary>
/// How long granted clearances took, per national authority, kept up to date in the transaction of each grant (under
/// optimistic concurrency), so that reading the statistics never goes through the cases.
/// </summary>
public sealed record ClearanceDurations(string Id, IReadOnlyList<int> Days)
{
    public static async Task RecordAsync(IDocumentSession session, ClearanceGranted granted, CancellationToken cancellationToken)
    {
        var current = await session.LoadAsync<ClearanceDurations>(granted.Authority, cancellationToken) ?? new ClearanceDurations(granted.Authority, []);
        session.Store(current with { Days = [.. current.Days, granted.Days] });
    }

    public int Median => Percentile(0.5);

    /// <summary>The middle half of the durations: from the first to the third quartile.</summary>
    public (int From, int To) Spread => (Percentile(0.25), Percentile(0.75));

    private int Percentile(double p)
    {
        var sorted = Days.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[(int)Math.Round(p * (sorted.Count - 1), MidpointRounding.AwayFromZero)];
    }
}
