namespace Recruitment.Applications.Analytics;

/// <summary>Counts kept in a dictionary that holds no zero: what is taken out to nothing leaves no key behind.</summary>
public static class Counts
{
    public static void Add<TKey>(Dictionary<TKey, int> counts, TKey key, int delta)
        where TKey : notnull
    {
        var sum = counts.GetValueOrDefault(key) + delta;
        if (sum == 0)
        {
            counts.Remove(key);
        }
        else
        {
            counts[key] = sum;
        }
    }

    /// <summary>Adds (sign 1) or takes out (sign -1) every count of <paramref name="other"/>.</summary>
    public static void Add<TKey>(Dictionary<TKey, int> counts, Dictionary<TKey, int> other, int sign)
        where TKey : notnull
    {
        foreach (var (key, count) in other)
        {
            Add(counts, key, sign * count);
        }
    }
}
