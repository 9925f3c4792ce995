using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Recruitment.ServiceDefaults;

namespace Recruitment.Load;

/// <summary>
/// Steady submissions through the gateway for many minutes, on whatever configuration the system runs (for `up`, its
/// defaults: HotCold). Every applicant is too young (R6), so each cycle is submit → screened → recorded on the
/// candidate's path. At the end: every accepted submission must have its outcome on its path; the daemons' lag is
/// sampled throughout and its maximum reported.
/// </summary>
public static class Soak
{
    private static readonly string[] Schemas = ["applications", "screening", "divisions", "clearances"];

    public static async Task<int> RunAsync(LoadOptions options)
    {
        var run = $"{DateTime.UtcNow:MMddHHmmss}";
        using var http = new HttpClient { BaseAddress = options.Gateway, Timeout = TimeSpan.FromSeconds(30) };
        await using var database = NpgsqlDataSource.Create(options.Postgres);

        var hr = await Gateway.TokenAsync(http, "hr", "soak-hr@example.org");
        var vacancy = $"s{run}";
        // In the system's time, which the demo may have moved ahead of the real one (.data/clock).
        var systemNow = DevelopmentClock.Now(options.ClockFile);
        await Gateway.PublishVacancyAsync(http, hr, vacancy, systemNow.UtcDateTime.Date.AddDays(60).AddHours(23).AddMinutes(59));

        Console.WriteLine($"Soak {run}: {options.Rate}/s for {options.Duration.TotalMinutes} min through {options.Gateway}, vacancy {vacancy}.");
        var accepted = new ConcurrentDictionary<Guid, DateTimeOffset>();
        var statuses = new ConcurrentDictionary<int, int>();
        var latencies = new ConcurrentBag<double>();
        var lag = new LagSampler(database, Schemas);
        using var sampling = new CancellationTokenSource();
        var sampler = lag.RunAsync(TimeSpan.FromSeconds(5), sampling.Token);

        var total = (int)(options.Rate * options.Duration.TotalSeconds);
        var clock = Stopwatch.StartNew();
        var faults = Chaos.RunAsync(options.Faults, options.Duration);
        var inFlight = new List<Task>(total);
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / options.Rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            var applicant = $"soak-{run}-{i}@example.org";
            inFlight.Add(SubmitAsync(http, vacancy, applicant, TooYoung, accepted, statuses, latencies));
            if (i % (int)Math.Max(1, options.Rate * 60) == 0 && i > 0)
            {
                Console.WriteLine($"  {clock.Elapsed:mm\\:ss} submitted {i}, accepted {accepted.Count}, max lag {lag.Describe()}");
            }
        }

        await Task.WhenAll(inFlight);
        var caused = await faults;
        Console.WriteLine($"  {clock.Elapsed:mm\\:ss} all {total} sent; waiting up to {options.Drain.TotalMinutes} min for outcomes");

        var drainUntil = clock.Elapsed + options.Drain;
        IReadOnlyDictionary<Guid, Outcome> cycles;
        do
        {
            cycles = await Outcomes.CyclesAsync(database, accepted.Keys.ToArray());
            if (cycles.Count == accepted.Count)
            {
                break;
            }

            await Task.Delay(TimeSpan.FromSeconds(2));
        }
        while (clock.Elapsed < drainUntil);

        await sampling.CancelAsync();
        await sampler;
        var onPath = await OutcomesThroughGatewayAsync(http, accepted.Keys.Take(50).ToList(), run);
        var errors = await ErrorQueueMessagesAsync(options);

        var lost = accepted.Count - cycles.Count;
        var cycleTimes = cycles.Values.Select(c => c.Cycle.TotalMilliseconds).Order().ToList();
        var submitTimes = latencies.Order().ToList();
        Console.WriteLine();
        Console.WriteLine("| offered | accepted | other answers | outcome recorded | lost | submit p50 / p99 | cycle p50 / p99 / max | outcome on the path (gateway sample) | max daemon lag (events) | `_error` messages |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        Console.WriteLine($"| {total} in {options.Duration.TotalMinutes} min | {accepted.Count} | {Others(statuses)} | {cycles.Count} | {lost} | " +
            $"{Statistics.Percentile(submitTimes, 0.5):F0} / {Statistics.Percentile(submitTimes, 0.99):F0} ms | " +
            $"{Statistics.Percentile(cycleTimes, 0.5):F0} / {Statistics.Percentile(cycleTimes, 0.99):F0} / {cycleTimes.LastOrDefault():F0} ms | " +
            $"{onPath.Ok}/{onPath.Checked} | {lag.Describe()} | {errors} |");
        if (caused.Count == 0)
        {
            return lost == 0 && errors == 0 && onPath.Ok == onPath.Checked ? 0 : 1;
        }

        var report = await Chaos.ReportAsync(database, caused, accepted, cycles);
        return lost == 0 && errors == 0 && report.Duplicated == 0 ? 0 : 1;
    }

    /// <summary>Ten years old at the deadline: ineligible by R6 at once, with no document check to wait for.</summary>
    private static readonly string TooYoung = $"{DateTime.UtcNow.AddYears(-10):yyyy-MM-dd}";

    private static async Task SubmitAsync(
        HttpClient http, string vacancy, string applicant, string dateOfBirth, ConcurrentDictionary<Guid, DateTimeOffset> accepted,
        ConcurrentDictionary<int, int> statuses, ConcurrentBag<double> latencies)
    {
        try
        {
            var token = await Gateway.TokenAsync(http, "applicant", applicant);
            var started = Stopwatch.GetTimestamp();
            using var request = Gateway.Request(HttpMethod.Post, "/api/applications", token,
                Testing.SampleApplications.Valid(vacancy, dateOfBirth));
            request.Headers.Add("Idempotency-Key", applicant);
            using var response = await http.SendAsync(request);
            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            statuses.AddOrUpdate((int)response.StatusCode, 1, (_, n) => n + 1);
            if (response.IsSuccessStatusCode)
            {
                var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                accepted[body.GetProperty("applicationId").GetGuid()] = DateTimeOffset.UtcNow;
            }
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            statuses.AddOrUpdate(0, 1, (_, n) => n + 1);
        }
    }

    /// <summary>What the candidate sees: their application's status through the gateway is the screening outcome.</summary>
    private static async Task<(int Checked, int Ok)> OutcomesThroughGatewayAsync(HttpClient http, List<Guid> sample, string run)
    {
        var ok = 0;
        var reader = await Gateway.TokenAsync(http, "hr", $"soak-reader-{run}@example.org");
        for (var i = 0; i < sample.Count; i++)
        {
            using var request = Gateway.Request(HttpMethod.Get, $"/api/applications/{sample[i]}", reader, null);
            using var response = await http.SendAsync(request);
            if (response.IsSuccessStatusCode
                && (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString() == "ineligible")
            {
                ok++;
            }
        }

        return (sample.Count, ok);
    }

    private static async Task<long> ErrorQueueMessagesAsync(LoadOptions options)
    {
        var management = Environment.GetEnvironmentVariable("RECRUITMENT_RABBITMQ_MANAGEMENT") ?? "http://127.0.0.1:15673";
        using var client = new HttpClient { BaseAddress = new Uri(management) };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("guest:guest"u8.ToArray()));
        try
        {
            var queues = await client.GetFromJsonAsync<JsonElement>("/api/queues");
            return queues.EnumerateArray()
                .Where(q => q.GetProperty("name").GetString()!.EndsWith("_error", StringComparison.Ordinal))
                .Sum(q => q.TryGetProperty("messages", out var m) ? m.GetInt64() : 0);
        }
        catch (HttpRequestException exception)
        {
            Console.Error.WriteLine($"Could not read the error queues from {management}: {exception.Message}");
            return -1;
        }
    }

    private static string Others(ConcurrentDictionary<int, int> statuses) =>
        string.Join(", ", statuses.Where(s => s.Key is < 200 or >= 300).Select(s => $"{(s.Key == 0 ? "no answer" : s.Key.ToString(System.Globalization.CultureInfo.InvariantCulture))}: {s.Value}"))
            is { Length: > 0 } text ? text : "none";
}
