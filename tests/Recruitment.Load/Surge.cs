using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Recruitment.Load;

/// <summary>
/// Deadline day: many eligible applications to one vacancy, each with its documents verified by HR, then the deadline
/// passes (the real clock: the vacancy closes a few minutes after the surge began) and every one of them must reach
/// the divisions' shared pool (R13). Measured: the time from the deadline until the last of them is in the pool.
/// </summary>
public sealed class Surge(HttpClient http, NpgsqlDataSource database, string run, TimeSpan clockShift)
{
    public sealed record Result(int Submitted, int Accepted, int Verified, int InPool, double? PoolReadySeconds, double SubmitPerSecond, IReadOnlyDictionary<string, int> Refused);

    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");

    public async Task<Result> RunAsync(int count, double expectedPerSecond, int concurrency = 32)
    {
        // Long enough to submit and verify everything at the expected rate, with room to spare; to the minute, as
        // deadlines are published.
        var needed = TimeSpan.FromSeconds(60 + 3.0 * count / Math.Max(10, expectedPerSecond));
        // The system's clock may run ahead of the real one (.data/clock, moved by the demo): the deadline is published
        // in the system's time and waited for, and measured from, at the real instant it falls on.
        var deadlineUtc = RoundUpToMinute(DateTime.UtcNow + clockShift + needed);
        var vacancy = $"u{run}";
        var hr = await Gateway.TokenAsync(http, "hr", $"bench-hr-{run}@example.org");
        await Gateway.PublishVacancyAsync(http, hr, vacancy, TimeZoneInfo.ConvertTimeFromUtc(deadlineUtc, Brussels));
        Console.WriteLine($"  surge: {count} eligible submissions to {vacancy}, deadline {deadlineUtc:HH:mm} UTC");

        var tokens = await new OpenLoop(http, run).TokensAsync("surge", count);
        var accepted = new ConcurrentBag<Guid>();
        var refused = new ConcurrentDictionary<string, int>();
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (i, _) =>
        {
            using var request = Gateway.Request(HttpMethod.Post, "/api/applications", tokens[i], Testing.SampleApplications.Valid(vacancy));
            using var response = await http.SendAsync(request);
            if (response.IsSuccessStatusCode)
            {
                accepted.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("applicationId").GetGuid());
            }
            else
            {
                refused.AddOrUpdate(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), 1, (_, n) => n + 1);
            }
        });
        var submitPerSecond = count / clock.Elapsed.TotalSeconds;
        Console.WriteLine($"  surge: {accepted.Count} accepted in {clock.Elapsed.TotalSeconds:F0} s; HR verifies their documents");

        // R10: an application is eligible only once HR has verified its documents. The screening opens a moment after
        // the submission, so a 404 is tried again.
        var verified = 0;
        await Parallel.ForEachAsync(accepted, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (id, _) =>
        {
            for (var attempt = 0; attempt < 120; attempt++)
            {
                using var request = Gateway.Request(HttpMethod.Post, $"/api/screening/applications/{id}/documents", hr, new { verified = true });
                using var response = await http.SendAsync(request);
                if (response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref verified);
                    return;
                }

                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        });
        Console.WriteLine($"  surge: {verified} verified after {clock.Elapsed.TotalSeconds:F0} s; waiting for the deadline");

        var ids = accepted.ToArray();
        var deadline = new DateTimeOffset(deadlineUtc, TimeSpan.Zero) - clockShift;
        if (deadline > DateTimeOffset.UtcNow)
        {
            await Task.Delay(deadline - DateTimeOffset.UtcNow);
        }

        var giveUp = DateTimeOffset.UtcNow + TimeSpan.FromMinutes(10);
        (int Count, DateTimeOffset? Last) pool;
        do
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            pool = await Outcomes.InPoolAsync(database, ids);
        }
        while (pool.Count < verified && DateTimeOffset.UtcNow < giveUp);

        var ready = pool.Count >= verified && pool.Last is { } last ? (last - deadline).TotalSeconds : (double?)null;
        Console.WriteLine($"  surge: {pool.Count} in the pool, the last {ready?.ToString("F1", System.Globalization.CultureInfo.InvariantCulture) ?? "never"} s after the deadline");
        return new Result(count, accepted.Count, verified, pool.Count, ready, submitPerSecond, refused);
    }

    private static DateTime RoundUpToMinute(DateTime utc) =>
        new DateTime(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc).AddMinutes(1);
}
