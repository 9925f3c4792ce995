namespace Recruitment.Load;

public static class Statistics
{
    /// <summary>The nearest-rank percentile of an ascending list; 0 when it is empty.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
}
