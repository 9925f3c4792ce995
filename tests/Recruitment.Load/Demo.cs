using System.Globalization;
using System.Net;
using System.Text.Json;
using Recruitment.ServiceDefaults;
using Recruitment.Testing;

namespace Recruitment.Load;

/// <summary>
/// ./recruitment.sh demo: a whole campaign played through the gateway of a running Development system, moving its
/// shared clock (.data/clock) forward as the months pass — vacancies published, candidates applying (some ineligible,
/// some withdrawing), HR checking documents, the deadline passing, divisions shortlisting, interviewing, assessing and
/// selecting, officers granting and denying clearances, offers made and answered. It ends with the campaign's funnel
/// beside what the demo itself did, and the dashboard's address.
/// </summary>
public sealed class Demo(HttpClient http, string clockFile, int candidates)
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.FindSystemTimeZoneById("Europe/Brussels");
    private static readonly string[] Divisions = ["OPS", "PASP", "JFC"];

    private readonly DemoClient _api = new(http);
    private readonly Dictionary<string, int> _did = [];
    private readonly Dictionary<Guid, string> _emails = [];
    private readonly Random _random = new(2025);

    private enum Profile { Eligible, TooYoung, NotNato, NoLanguage }

    private sealed record Candidate(int Number, string Email, string Vacancy, Profile Profile)
    {
        public Guid Id { get; set; }
    }

    public static async Task<int> RunAsync(LoadOptions options)
    {
        using var http = new HttpClient { BaseAddress = options.Gateway, Timeout = TimeSpan.FromSeconds(60) };
        try
        {
            await new Demo(http, options.ClockFile, options.Candidates).PlayAsync(options.Gateway);
            return 0;
        }
        catch (Exception exception) when (exception is InvalidOperationException or TimeoutException)
        {
            Console.Error.WriteLine($"\nThe demo stopped: {exception.Message}");
            return 1;
        }
    }

    private async Task PlayAsync(Uri gateway)
    {
        var start = DevelopmentClock.Now(clockFile);
        var deadlineUtc = RoundToMinute(start.AddDays(14));
        var campaign = $"{TimeZoneInfo.ConvertTime(deadlineUtc, Brussels).Year}-demo{start:MMddHHmmss}";
        var hr = await _api.TokenAsync("hr", "hr@recruitment.example");
        Console.WriteLine($"Campaign {campaign}: the system's clock reads {start:yyyy-MM-dd HH:mm} UTC; the deadline is {deadlineUtc:yyyy-MM-dd HH:mm} UTC.");

        var vacancies = await PublishAsync(hr, campaign, deadlineUtc);
        var applied = await ApplyAsync(vacancies);
        await CheckDocumentsAsync(hr, applied);
        var withdrawn = await WithdrawAsync(applied);

        await MoveClock(clockFile, deadlineUtc.AddHours(1), "the deadline passes");
        var pool = await PoolAsync(campaign, Count("eligible") - withdrawn);
        var selected = await SelectAsync(pool, deadlineUtc);

        var requestedAt = deadlineUtc.AddDays(15);
        await MoveClock(clockFile, requestedAt, "the selected confirm their interest");
        var cases = await ConfirmInterestAsync(selected);
        await MoveClock(clockFile, requestedAt.AddMonths(9), "nine months later: the authorities answer");
        var offered = await ClearancesAsync(cases, requestedAt);
        await MoveClock(clockFile, requestedAt.AddMonths(9).AddDays(3), "the candidates answer their offers");
        await AnswerOffersAsync(offered);

        await PrintFunnelAsync(hr, campaign);
        Console.WriteLine($"\nThe dashboard: {new Uri(gateway, $"/dashboard?campaign={campaign}")} (sign in with a development token as hr).");
    }

    private async Task<List<string>> PublishAsync(string hr, string campaign, DateTimeOffset deadlineUtc)
    {
        var local = TimeZoneInfo.ConvertTime(deadlineUtc, Brussels);
        var progress = new Progress("publishing vacancies", Divisions.Length);
        var ids = new List<string>();
        foreach (var division in Divisions)
        {
            var id = $"d{campaign[^10..]}{division}".ToLowerInvariant();
            await _api.PostAsync(hr, "/api/vacancies", new
            {
                id, campaign, title = $"Intern, {division} ({campaign})", divisionCode = division,
                deadline = local.ToString("yyyy-MM-ddTHH:mm:00", CultureInfo.InvariantCulture), clearanceLevel = "NS", monthlyGrantEur = 1286.09m,
                intakes = new[] { $"{local.Year + 1}-03", $"{local.Year + 1}-09" },
            });
            ids.Add(id);
            progress.Advance();
        }

        progress.Done();
        return ids;
    }

    private async Task<List<Candidate>> ApplyAsync(List<string> vacancies)
    {
        // Most are eligible; some are too young (R6), from outside NATO (R7) or without English or French (R9).
        var run = Guid.NewGuid().ToString("N")[..6];
        var people = Enumerable.Range(1, candidates).Select(n => new Candidate(n, $"candidate{n}.{run}@example.org",
            vacancies[n % vacancies.Count], (n % 20) switch { 0 or 7 => Profile.TooYoung, 3 => Profile.NotNato, 11 => Profile.NoLanguage, _ => Profile.Eligible })).ToList();
        var progress = new Progress("candidates apply", people.Count);
        await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (person, _) =>
        {
            var token = await _api.TokenAsync("applicant", person.Email);
            var body = new
            {
                vacancyId = person.Vacancy,
                applicant = new
                {
                    givenName = GivenNames[person.Number % GivenNames.Length], familyName = FamilyNames[person.Number % FamilyNames.Length],
                    dateOfBirth = person.Profile == Profile.TooYoung ? "2010-05-01" : $"{2000 + person.Number % 5}-0{1 + person.Number % 9}-15",
                    nationalities = new[] { person.Profile == Profile.NotNato ? "CH" : Nations[person.Number % Nations.Length] },
                    preferredLanguage = person.Number % 3 == 0 ? "fr" : "en",
                },
                education = new { status = "enrolled", level = person.Number % 4 == 0 ? "master" : "bachelor", yearsCompleted = 2 + person.Number % 3 },
                languages = person.Profile == Profile.NoLanguage
                    ? new { english = "elementary", french = "none" }
                    : person.Number % 5 == 0
                        ? new { english = "working", french = "proficient" }
                        : new { english = "proficient", french = person.Number % 2 == 0 ? "working" : "elementary" },
                desirable = new { relevantDegree = person.Number % 2 == 0, advancedItTools = person.Number % 3 == 0, internationalExperience = person.Number % 7 == 0 },
                motivation = "I would like to contribute to the Alliance's work.",
                references = Array.Empty<object>(),
                accommodationRequested = person.Number % 25 == 0,
            };
            var created = await _api.PostAsync(token, "/api/applications", body, HttpStatusCode.Created);
            person.Id = created.GetProperty("applicationId").GetGuid();
            lock (_emails)
            {
                _emails[person.Id] = person.Email;
            }

            progress.Advance();
        });
        progress.Done();
        Did("submitted", people.Count);
        return people;
    }

    /// <summary>HR checks every candidate's documents (R10); one in fifteen is rejected.</summary>
    private async Task CheckDocumentsAsync(string hr, List<Candidate> people)
    {
        var progress = new Progress("HR checks the documents", people.Count);
        await Parallel.ForEachAsync(people, new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (person, _) =>
        {
            await Eventually.True(() => _api.ExistsAsync(hr, $"/api/screening/applications/{person.Id}"), $"the screening of {person.Id}", Wait);
            var verified = person.Number % 15 != 5;
            await _api.PostAsync(hr, $"/api/screening/applications/{person.Id}/documents",
                verified ? new { verified, reason = (string?)null } : new { verified, reason = (string?)"No proof of ongoing studies with dates (R10)." });
            progress.Advance();
        });
        progress.Done();
        foreach (var person in people)
        {
            var rule = person.Profile switch { Profile.TooYoung => "R6", Profile.NotNato => "R7", Profile.NoLanguage => "R9", _ => person.Number % 15 == 5 ? "R10" : null };
            Did(rule is null ? "eligible" : "ineligible");
            if (rule is not null)
            {
                Did($"ineligible {rule}");
            }
        }
    }

    private async Task<int> WithdrawAsync(List<Candidate> people)
    {
        var leaving = people.Where(p => p.Profile == Profile.Eligible && p.Number % 15 != 5 && p.Number % 23 == 1).ToList();
        var progress = new Progress("some withdraw before the deadline", leaving.Count);
        foreach (var person in leaving)
        {
            await _api.PostAsync(await _api.TokenAsync("applicant", person.Email), $"/api/applications/{person.Id}/withdraw", new { });
            progress.Advance();
        }

        progress.Done();
        Did("withdrawn", leaving.Count);
        return leaving.Count;
    }

    private async Task<List<Guid>> PoolAsync(string campaign, int expected)
    {
        var staff = await _api.TokenAsync("division", "staff@ops.example.org", "OPS");
        var progress = new Progress("the eligible reach the divisions' pool", expected);
        List<Guid> pool = [];
        await Eventually.True(async () =>
        {
            pool = (await _api.GetAsync(staff, $"/api/divisions/OPS/pool?campaign={campaign}&limit=500")).EnumerateArray()
                .Select(c => c.GetProperty("applicationId").GetGuid()).ToList();
            progress.Set(pool.Count);
            return pool.Count >= expected;
        }, "the eligible candidates to reach the pool", TimeSpan.FromMinutes(3));
        progress.Done();
        Did("forwarded", pool.Count);
        return pool;
    }

    /// <summary>
    /// Each division shortlists its slice of the pool three days after the deadline and invites ten to an interview a
    /// week later, files a scorecard for each (R14) and two days after that selects its three best.
    /// </summary>
    private async Task<List<Guid>> SelectAsync(List<Guid> pool, DateTimeOffset deadlineUtc)
    {
        var interviewAt = deadlineUtc.AddDays(10);
        var shortlists = Divisions.Select((division, d) => (Division: division, Shortlist: pool.Skip(d * 15).Take(15).ToList())).ToList();
        await MoveClock(clockFile, deadlineUtc.AddDays(3), "the divisions shortlist and invite to interviews");
        var progress = new Progress("shortlists and invitations", shortlists.Sum(s => s.Shortlist.Count));
        foreach (var (division, shortlist) in shortlists)
        {
            var staff = await StaffAsync(division);
            foreach (var id in shortlist)
            {
                await _api.PostAsync(staff, $"/api/divisions/{division}/shortlist", new { applicationId = id });
                if (shortlist.IndexOf(id) < 10)
                {
                    await _api.PostAsync(staff, $"/api/divisions/{division}/interviews",
                        new { applicationId = id, kind = "face-to-face", at = interviewAt.ToString("O", CultureInfo.InvariantCulture) });
                }

                progress.Advance();
            }

            Did("shortlisted", shortlist.Count);
        }

        progress.Done();
        await MoveClock(clockFile, interviewAt.AddHours(2), "interviews are held and assessed");
        var totals = new Dictionary<Guid, int>();
        progress = new Progress("scorecards", shortlists.Sum(s => Math.Min(10, s.Shortlist.Count)));
        foreach (var (division, shortlist) in shortlists)
        {
            var staff = await StaffAsync(division);
            foreach (var id in shortlist.Take(10))
            {
                var ratings = Competencies.ToDictionary(c => c, _ => _random.Next(2, 6));
                await _api.PostAsync(staff, $"/api/divisions/{division}/assessments", new { applicationId = id, ratings });
                totals[id] = ratings.Values.Sum();
                progress.Advance();
            }

            Did("interviewed", Math.Min(10, shortlist.Count));
        }

        progress.Done();
        await MoveClock(clockFile, interviewAt.AddDays(2), "the divisions select");
        var selected = new List<Guid>();
        progress = new Progress("selections", shortlists.Sum(s => s.Shortlist.Count));
        foreach (var (division, shortlist) in shortlists)
        {
            var staff = await StaffAsync(division);
            var best = shortlist.Take(10).OrderByDescending(id => totals[id]).Take(3).ToHashSet();
            foreach (var id in shortlist)
            {
                await _api.PostAsync(staff, $"/api/divisions/{division}/decisions", new { applicationId = id, decision = best.Contains(id) ? "selected" : "not-selected" });
                progress.Advance();
            }

            selected.AddRange(best);
        }

        progress.Done();
        Did("selected", selected.Count);
        return selected;
    }

    private Task<string> StaffAsync(string division) => _api.TokenAsync("division", $"staff@{division.ToLowerInvariant()}.example.org", division);

    private async Task<List<(Guid Application, Guid Clearance)>> ConfirmInterestAsync(List<Guid> selected)
    {
        var hr = await _api.TokenAsync("hr", "hr@recruitment.example");
        var progress = new Progress("the selected confirm, clearances are requested", selected.Count);
        var cases = new List<(Guid, Guid)>();
        foreach (var id in selected)
        {
            var email = EmailOf(id);
            await Eventually.True(async () => (await _api.GetAsync(hr, $"/api/applications/{id}")).GetProperty("status").GetString() == "selected", "the selection", Wait);
            await _api.PostAsync(await _api.TokenAsync("applicant", email), $"/api/applications/{id}/confirm-interest", new { });
            JsonElement application = default;
            await Eventually.True(async () => (application = await _api.GetAsync(hr, $"/api/applications/{id}")).GetProperty("clearanceId").ValueKind == JsonValueKind.String,
                "the clearance request", Wait);
            cases.Add((id, application.GetProperty("clearanceId").GetGuid()));
            progress.Advance();
        }

        progress.Done();
        Did("interest-confirmed", cases.Count);
        Did("clearance-requested", cases.Count);
        return cases;
    }

    /// <summary>Most clearances are granted after seven months, one is denied, and the last two are still open: overdue (R18).</summary>
    private async Task<List<Guid>> ClearancesAsync(List<(Guid Application, Guid Clearance)> cases, DateTimeOffset requestedAt)
    {
        var officer = await _api.TokenAsync("clearance-officer", "officer@recruitment.example");
        var progress = new Progress("officers record the authorities' answers", cases.Count);
        var granted = new List<Guid>();
        for (var i = 0; i < cases.Count; i++)
        {
            var (application, clearance) = cases[i];
            var on = (i == cases.Count - 3 ? requestedAt.AddMonths(8) : requestedAt.AddMonths(7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            object? status = i < cases.Count - 3 ? new { status = "granted", on, validUntil = requestedAt.AddYears(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }
                : i == cases.Count - 3 ? new { status = "denied", on }
                : i == cases.Count - 2 ? new { status = "in-progress", on = requestedAt.AddMonths(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }
                : null;
            if (status is not null)
            {
                await _api.PostAsync(officer, $"/api/clearances/{clearance}/status", status);
            }

            if (i < cases.Count - 3)
            {
                granted.Add(application);
            }

            progress.Advance();
        }

        progress.Done();
        Did("clearance-granted", granted.Count);
        Did("clearance-denied", Math.Min(1, cases.Count));
        Did("clearance-overdue", Math.Min(2, cases.Count));
        return granted;
    }

    private async Task AnswerOffersAsync(List<Guid> offered)
    {
        var hr = await _api.TokenAsync("hr", "hr@recruitment.example");
        var progress = new Progress("offers are made and answered", offered.Count);
        for (var i = 0; i < offered.Count; i++)
        {
            var id = offered[i];
            await Eventually.True(async () => (await _api.GetAsync(hr, $"/api/applications/{id}")).GetProperty("offer").ValueKind == JsonValueKind.Object, "the final offer", Wait);
            var answer = i == 0 ? "decline" : "accept";
            await _api.PostAsync(await _api.TokenAsync("applicant", EmailOf(id)), $"/api/applications/{id}/offer/{answer}", new { });
            Did(i == 0 ? "offer-declined" : "offer-accepted");
            progress.Advance();
        }

        progress.Done();
        Did("offered", offered.Count);
    }

    private async Task PrintFunnelAsync(string hr, string campaign)
    {
        JsonElement funnel = default;
        await Eventually.True(async () =>
        {
            funnel = await _api.GetAsync(hr, $"/api/analytics/campaigns/{campaign}");
            return FunnelJson.Total(funnel, "offer-accepted") == Count("offer-accepted") && FunnelJson.Total(funnel, "offer-declined") == Count("offer-declined");
        }, "the funnel to count the answers", Wait);

        var total = funnel.GetProperty("total");
        Console.WriteLine($"\nThe funnel of {campaign} (GET /api/analytics/campaigns/{campaign}), beside what the demo did:\n");
        Console.WriteLine($"  {"stage",-22} {"funnel",7} {"demo",7}");
        foreach (var stage in total.GetProperty("stages").EnumerateArray())
        {
            var name = stage.GetProperty("stage").GetString()!;
            var did = _did.TryGetValue(name, out var n) ? n.ToString(CultureInfo.InvariantCulture) : "";
            Console.WriteLine($"  {name,-22} {stage.GetProperty("candidates").GetInt32(),7} {did,7}");
        }

        foreach (var rule in total.GetProperty("ineligibleByRule").EnumerateObject())
        {
            Console.WriteLine($"  {"ineligible " + rule.Name,-22} {rule.Value.GetInt32(),7} {_did.GetValueOrDefault($"ineligible {rule.Name}"),7}");
        }

        Console.WriteLine($"\n  {"from → to",-44} {"median",12} {"90th pct.",12}");
        foreach (var time in total.GetProperty("times").EnumerateArray().Where(t => t.GetProperty("candidates").GetInt32() > 0))
        {
            Console.WriteLine($"  {time.GetProperty("from").GetString() + " → " + time.GetProperty("to").GetString(),-44} {Days(time.GetProperty("medianSeconds")),12} {Days(time.GetProperty("p90Seconds")),12}");
        }

        Console.WriteLine("\n  (clearance-overdue counts the open cases once Security-Clearance's reminder job has run: within Clearance__ReminderJobInterval, 5 min.)");
    }

    /// <summary>Every process reads the clock file each second: two seconds later, they all agree.</summary>
    private static async Task MoveClock(string clockFile, DateTimeOffset to, string what)
    {
        DevelopmentClock.MoveTo(clockFile, to);
        Console.WriteLine($"  clock → {to:yyyy-MM-dd HH:mm} UTC: {what}");
        await Task.Delay(TimeSpan.FromSeconds(2));
    }

    private string EmailOf(Guid application) => _emails[application];

    private void Did(string what, int count = 1)
    {
        lock (_did)
        {
            _did[what] = _did.GetValueOrDefault(what) + count;
        }
    }

    private int Count(string what) => _did.GetValueOrDefault(what);

    private static string Days(JsonElement seconds) =>
        seconds.ValueKind == JsonValueKind.Number ? $"{seconds.GetDouble() / 86400:0.0} d" : "—";

    /// <summary>How long the demo waits for a step to cross the services before it gives up.</summary>
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(60);

    private static DateTimeOffset RoundToMinute(DateTimeOffset at) => new(at.Year, at.Month, at.Day, at.Hour, at.Minute, 0, TimeSpan.Zero);

    /// <summary>R14's nine competencies, as the scorecard names them.</summary>
    private static readonly string[] Competencies =
        ["achievement", "analyticalThinking", "clarityAndAccuracy", "customerServiceOrientation", "empathy", "flexibility", "initiative", "organizationalAwareness", "teamwork"];

    private static readonly string[] Nations = ["FR", "DE", "IT", "ES", "PL", "NL", "BE", "TR", "US", "CA", "PT", "RO", "FI", "SE", "NO", "GR"];
    private static readonly string[] GivenNames = ["Ada", "Grace", "Alan", "Marie", "Niels", "Lise", "Emmy", "Kurt", "Rosalind", "Enrico", "Hedy", "Tim"];
    private static readonly string[] FamilyNames = ["Lovelace", "Hopper", "Turing", "Curie", "Bohr", "Meitner", "Noether", "Gödel", "Franklin", "Fermi", "Lamarr", "Berners-Lee"];
}
