using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Npgsql;
using Recruitment.ServiceDefaults;

namespace Recruitment.Load;

/// <summary>
/// ./recruitment.sh bench: on the system `up` runs (its defaults), in one run and on the same servers — the one-hop
/// baseline; open-loop submissions through the gateway at several rates and at saturation; a deadline-day surge; each
/// service's resident memory. Every applicant of the rate phases is too young (R6), so a cycle is submit → screened →
/// recorded on the candidate's path. Prints a table and writes the figures to .data/bench/latest.json.
/// </summary>
public static class Bench
{
    public sealed record Phase(
        string Name, double OfferedPerSecond, int Offered, int Accepted, IReadOnlyDictionary<string, int> Refused, int Completed, double CyclesPerSecond,
        double SubmitMsP50, double SubmitMsP99,
        [property: JsonPropertyName("cycle_s_p50")] double CycleSP50,
        [property: JsonPropertyName("cycle_s_p99")] double CycleSP99,
        long HighWaterSkips);

    public static async Task<int> RunAsync(LoadOptions options)
    {
        var run = $"{DateTime.UtcNow:MMddHHmmss}";
        using var http = new HttpClient { BaseAddress = options.Gateway, Timeout = TimeSpan.FromSeconds(60) };
        await using var database = NpgsqlDataSource.Create(options.Postgres);
        var culture = CultureInfo.InvariantCulture;

        Console.WriteLine($"Bench {run} against {options.Gateway}");
        Console.WriteLine($"  one hop: {options.OneHopMessages} messages consumed → appended → published");
        var oneHop = await OneHop.MeasureAsync(options.Postgres, options.RabbitMq, options.OneHopMessages);
        Console.WriteLine($"  one hop: {oneHop:F0}/s");

        var hr = await Gateway.TokenAsync(http, "hr", $"bench-hr-{run}@example.org");
        var vacancy = $"b{run}";
        var clockShift = DevelopmentClock.ShiftOf(options.ClockFile);
        await Gateway.PublishVacancyAsync(http, hr, vacancy, DateTime.UtcNow.Add(clockShift).AddDays(60));
        var loop = new OpenLoop(http, run);
        // A process that has just started runs unoptimised code (tiered JIT), opens its connections and has Marten generate
        // its storage code on first use of each type: the first seconds measure the start, not the system that `up` runs
        // for days. They are run, drained and left out of the figures.
        if (options.WarmUpSeconds > 0)
        {
            var warmUpRate = options.Rates.FirstOrDefault(20);
            Console.WriteLine($"  warm-up: {warmUpRate:F0}/s for {options.WarmUpSeconds} s, not measured");
            await LoadAsync(loop, database, vacancy, "warm-up", warmUpRate, options.WarmUpSeconds, options.Drain);
        }

        var phases = new List<Phase>();
        foreach (var (rate, name) in options.Rates.Select(r => (r, $"{r:F0}/s")).Append((options.Saturation, $"saturation ({options.Saturation:F0}/s offered)")))
        {
            Console.WriteLine($"  {name} for {options.PhaseSeconds} s");
            var skipsBefore = await HighWaterSkipsAsync(database);

            // Applicants are new in every phase, even when two phases run at the same rate.
            var (result, cycles) = await LoadAsync(loop, database, vacancy, $"p{phases.Count}-r{rate:F0}", rate, options.PhaseSeconds, options.Drain);
            phases.Add(Summarise(name, result, cycles, await HighWaterSkipsAsync(database) - skipsBefore));
            Console.WriteLine($"  {name}: {phases[^1].Completed}/{phases[^1].Accepted} completed, {phases[^1].CyclesPerSecond:F1} cycles/s");
        }

        var saturation = phases[^1];
        var surge = options.SurgeSize > 0
            ? await new Surge(http, database, run, clockShift).RunAsync(options.SurgeSize, saturation.CyclesPerSecond)
            : null;
        var stored = options.Stored > 0 ? await StoredAsync(options, loop, vacancy, database, phases[0]) : null;
        var memory = ResidentMemory.Read(options.PidDirectory);
        var proportional = ResidentMemory.ReadProportional(options.PidDirectory);

        Console.WriteLine();
        Console.WriteLine($"One hop (consume → append → publish): {oneHop:F0}/s. Finished cycles at saturation: {saturation.CyclesPerSecond:F1}/s, " +
            $"ratio {saturation.CyclesPerSecond / oneHop:F3} (three hops in sequence: at best 0.333).");
        Console.WriteLine();
        Console.WriteLine("| offered | accepted | other answers | completed | finished cycles/s | submit p50 / p99 | cycle p50 / p99 | high-water skips |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var p in phases)
        {
            Console.WriteLine(string.Create(culture, $"| {p.Name} | {p.Accepted}/{p.Offered} | {Answers(p.Refused)} | {p.Completed} | {p.CyclesPerSecond:F1} | " +
                $"{p.SubmitMsP50:F0} / {p.SubmitMsP99:F0} ms | {p.CycleSP50:F2} / {p.CycleSP99:F2} s | {p.HighWaterSkips} |"));
        }

        if (surge is not null)
        {
            Console.WriteLine();
            Console.WriteLine(string.Create(culture, $"Surge: {surge.Accepted}/{surge.Submitted} accepted ({surge.SubmitPerSecond:F0}/s; other answers: {Answers(surge.Refused)}), {surge.Verified} verified, " +
                $"{surge.InPool} in the pool, the last {(surge.PoolReadySeconds is { } s ? $"{s:F1} s" : "never")} after the deadline."));
        }

        if (stored is not null)
        {
            Console.WriteLine();
            Console.WriteLine(string.Create(culture, $"Stored applications: at {stored.Before.OfferedPerSecond:F0}/s with {stored.BeforeCount:N0} stored, submit p50/p99 " +
                $"{stored.Before.SubmitMsP50:F0} / {stored.Before.SubmitMsP99:F0} ms, cycle p50/p99 {stored.Before.CycleSP50:F2} / {stored.Before.CycleSP99:F2} s; " +
                $"with {stored.AfterCount:N0} stored, {stored.After.SubmitMsP50:F0} / {stored.After.SubmitMsP99:F0} ms and {stored.After.CycleSP50:F2} / {stored.After.CycleSP99:F2} s " +
                $"(cycle p50 ×{stored.CycleP50Ratio:F2}, submit p99 ×{stored.SubmitP99Ratio:F2})."));
        }

        Console.WriteLine($"Resident memory (RSS): {string.Join(", ", memory.Select(m => string.Create(culture, $"{m.Key} {m.Value:F0} MB")))}");
        Console.WriteLine($"Proportional share (PSS, the shared runtime counted once): {string.Join(", ", proportional.Select(m => string.Create(culture, $"{m.Key} {m.Value:F0} MB")))}");

        var at100 = phases.FirstOrDefault(p => Math.Abs(p.OfferedPerSecond - 100) < 0.5) ?? phases[0];
        var figures = new Dictionary<string, object?>
        {
            ["run"] = run,
            ["machine"] = $"{Environment.ProcessorCount} cores, {Environment.OSVersion}",
            ["cycles_per_s"] = Math.Round(saturation.CyclesPerSecond, 1),
            ["one_hop_per_s"] = Math.Round(oneHop, 1),
            ["ratio"] = Math.Round(saturation.CyclesPerSecond / oneHop, 3),
            ["submit_ms_p50"] = Math.Round(at100.SubmitMsP50, 1),
            ["submit_ms_p99"] = Math.Round(at100.SubmitMsP99, 1),
            ["cycle_s_p50"] = Math.Round(at100.CycleSP50, 3),
            ["cycle_s_p99"] = Math.Round(at100.CycleSP99, 3),
            ["at_rate"] = at100.OfferedPerSecond,
            ["surge_pool_ready_s"] = surge?.PoolReadySeconds is { } ready ? Math.Round(ready, 1) : null,
            ["surge"] = surge,
            ["stored"] = stored,
            ["rss_mb"] = memory,
            ["pss_mb"] = proportional,
            ["phases"] = phases,
        };
        Directory.CreateDirectory(options.Output);
        var path = Path.Combine(options.Output, "latest.json");
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(figures, new JsonSerializerOptions { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower }));
        Console.WriteLine($"Figures written to {path}");
        return phases.All(p => p.Completed == p.Accepted) ? 0 : 1;
    }

    public sealed record StoredComparison(long BeforeCount, Phase Before, long AfterCount, Phase After)
    {
        public double CycleP50Ratio => After.CycleSP50 / Before.CycleSP50;

        public double SubmitP99Ratio => After.SubmitMsP99 / Before.SubmitMsP99;
    }

    /// <summary>
    /// Latency as the store grows: the first rate once more on the store as it is, then again once it holds
    /// <see cref="LoadOptions.Stored"/> applications (seeded in bulk from one of this run's applications).
    /// </summary>
    private static async Task<StoredComparison> StoredAsync(LoadOptions options, OpenLoop loop, string vacancy, NpgsqlDataSource database, Phase first)
    {
        var rate = first.OfferedPerSecond;
        async Task<(Phase Phase, Guid Completed)> MeasureAsync(string name)
        {
            Console.WriteLine($"  {rate:F0}/s for {options.PhaseSeconds} s ({name})");
            var (result, cycles) = await LoadAsync(loop, database, vacancy, name, rate, options.PhaseSeconds, options.Drain);
            return (Summarise($"{rate:F0}/s, {name}", result, cycles, 0), cycles.Keys.First());
        }

        var beforeCount = await StoreSeed.CountAsync(database);
        var (before, template) = await MeasureAsync("before-seeding");
        await StoreSeed.SeedAsync(database, template, options.Stored);
        var afterCount = await StoreSeed.CountAsync(database);

        // A bulk load of gigabytes is followed by checkpoints, autovacuum and a cache that holds other pages: the same
        // load, unmeasured, for a minute first, as the warm-up does for a process that has just started.
        Console.WriteLine($"  {rate:F0}/s for 60 s (settling after the seeding, not measured)");
        await LoadAsync(loop, database, vacancy, "settling", rate, 60, options.Drain);
        var (after, _) = await MeasureAsync("after-seeding");
        return new StoredComparison(beforeCount, before, afterCount, after);
    }

    private static string Answers(IReadOnlyDictionary<string, int> refused) =>
        refused.Count == 0 ? "none" : string.Join(", ", refused.Select(r => $"{r.Key}: {r.Value}"));

    /// <summary>Ten years old at the deadline: ineligible by R6 at once, with no document check to wait for.</summary>
    private static readonly string TooYoung = $"{DateTime.UtcNow.AddYears(-10):yyyy-MM-dd}";

    /// <summary>Submissions at a rate for a time, each from a new applicant of the named group, then their outcomes.</summary>
    private static async Task<(OpenLoop.Result Result, IReadOnlyDictionary<Guid, Outcome> Cycles)> LoadAsync(
        OpenLoop loop, NpgsqlDataSource database, string vacancy, string applicants, double rate, double seconds, TimeSpan drain)
    {
        var result = await loop.RunAsync(vacancy, TooYoung, rate, await loop.TokensAsync(applicants, (int)(rate * seconds)));
        return (result, await DrainAsync(database, result.Accepted.Keys.ToArray(), drain));
    }

    private static async Task<IReadOnlyDictionary<Guid, Outcome>> DrainAsync(NpgsqlDataSource database, Guid[] ids, TimeSpan drain)
    {
        var until = DateTimeOffset.UtcNow + drain;
        IReadOnlyDictionary<Guid, Outcome> cycles;
        do
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            cycles = await Outcomes.CyclesAsync(database, ids);
        }
        while (cycles.Count < ids.Length && DateTimeOffset.UtcNow < until);

        return cycles;
    }

    /// <summary>
    /// Finished cycles per second: how many completed, over the time from the first scheduled submission to the last
    /// outcome recorded.
    /// </summary>
    private static Phase Summarise(string name, OpenLoop.Result result, IReadOnlyDictionary<Guid, Outcome> cycles, long skips)
    {
        var cycleSeconds = cycles.Values.Select(c => c.Cycle.TotalSeconds).Order().ToList();
        var first = cycles.Values.Select(c => c.At - c.Cycle).DefaultIfEmpty(DateTimeOffset.UtcNow).Min();
        var last = cycles.Values.Select(c => c.At).DefaultIfEmpty(DateTimeOffset.UtcNow).Max();
        var span = Math.Max(1, (last - first).TotalSeconds);
        return new Phase(name, result.Rate, result.Offered, result.Accepted.Count, result.Refused, cycles.Count, cycles.Count / span,
            Statistics.Percentile(result.SubmitMs, 0.5), Statistics.Percentile(result.SubmitMs, 0.99),
            Statistics.Percentile(cycleSeconds, 0.5), Statistics.Percentile(cycleSeconds, 0.99), skips);
    }

    /// <summary>How often the daemons of all services skipped a gap in their event sequence (a rolled-back append).</summary>
    private static async Task<long> HighWaterSkipsAsync(NpgsqlDataSource database)
    {
        long total = 0;
        foreach (var schema in new[] { "applications", "screening", "divisions", "clearances" })
        {
            await using var command = database.CreateCommand(
                $"SELECT count(*) FROM information_schema.tables WHERE table_schema = '{schema}' AND table_name = 'mt_high_water_skips'");
            if ((long)(await command.ExecuteScalarAsync())! == 0)
            {
                continue;
            }

            await using var count = database.CreateCommand($"SELECT count(*) FROM {schema}.mt_high_water_skips");
            total += (long)(await count.ExecuteScalarAsync())!;
        }

        return total;
    }
}
