using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Recruitment.Load;

/// <summary>
/// Submissions through the gateway at a fixed rate, each sent at its scheduled time whether or not the earlier ones
/// have answered (open loop). A submission's latency runs from its scheduled time, so a slow system cannot hide its
/// slowness by slowing the load down (no coordinated omission).
/// </summary>
public sealed class OpenLoop(HttpClient http, string run)
{
    public sealed record Result(double Rate, int Offered, IReadOnlyDictionary<Guid, DateTimeOffset> Accepted, IReadOnlyList<double> SubmitMs, IReadOnlyDictionary<string, int> Refused);

    /// <summary>Mints one applicant token per submission before the clock starts: minting is not what is measured.</summary>
    public async Task<string[]> TokensAsync(string phase, int count)
    {
        var tokens = new string[count];
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (i, _) => tokens[i] = await Gateway.TokenAsync(http, "applicant", Applicant(phase, i)));
        return tokens;
    }

    public async Task<Result> RunAsync(string vacancy, string dateOfBirth, double rate, string[] tokens)
    {
        var accepted = new ConcurrentDictionary<Guid, DateTimeOffset>();
        var latencies = new ConcurrentBag<double>();
        var refused = new ConcurrentDictionary<string, int>();
        var clock = Stopwatch.StartNew();
        var inFlight = new List<Task>(tokens.Length);
        for (var i = 0; i < tokens.Length; i++)
        {
            var due = TimeSpan.FromSeconds(i / rate);
            if (due > clock.Elapsed)
            {
                await Task.Delay(due - clock.Elapsed);
            }

            inFlight.Add(SubmitAsync(tokens[i], i));
        }

        await Task.WhenAll(inFlight);
        return new Result(rate, tokens.Length, accepted, latencies.Order().ToList(), refused);

        async Task SubmitAsync(string token, int i)
        {
            var due = TimeSpan.FromSeconds(i / rate);
            try
            {
                using var request = Gateway.Request(HttpMethod.Post, "/api/applications", token, Testing.SampleApplications.Valid(vacancy, dateOfBirth));
                request.Headers.Add("Idempotency-Key", $"{run}-{i}-{vacancy}");
                using var response = await http.SendAsync(request);
                latencies.Add((clock.Elapsed - due).TotalMilliseconds);
                if (response.IsSuccessStatusCode)
                {
                    var body = await response.Content.ReadFromJsonAsync<JsonElement>();
                    accepted[body.GetProperty("applicationId").GetGuid()] = DateTimeOffset.UtcNow;
                }
                else
                {
                    refused.AddOrUpdate(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture), 1, (_, n) => n + 1);
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                latencies.Add((clock.Elapsed - due).TotalMilliseconds);
                refused.AddOrUpdate("no answer", 1, (_, n) => n + 1);
            }
        }
    }

    private string Applicant(string phase, int i) => $"bench-{run}-{phase}-{i}@example.org";
}
