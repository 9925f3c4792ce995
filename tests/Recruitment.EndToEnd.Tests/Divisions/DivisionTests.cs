using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Recruitment.DivisionSelection.Pool;
using Recruitment.Testing;

namespace Recruitment.EndToEnd.Tests.Divisions;

/// <summary>Division selection through the gateway (R12–R15, R17).</summary>
[Collection(SystemCollection.Name)]
public sealed class DivisionTests(SystemFixture system)
{
    [Fact]
    public async Task The_pool_is_shared_by_every_division_and_each_reads_only_its_own_R13()
    {
        var candidate = (await PoolSteps.Pooled(system, "OPS", ("en", false)))[0];
        using var pasp = await PoolSteps.Staff(system, "PASP");

        var paspPool = await pasp.Get("/api/divisions/PASP/pool?campaign=2025&limit=500");

        Assert.Contains(paspPool.EnumerateArray(), p => p.GetProperty("applicationId").GetGuid() == candidate.ApplicationId);
        await GatewayClient.Problem(await pasp.Http.GetAsync("/api/divisions/OPS/pool"), HttpStatusCode.Forbidden, "forbidden");
        await GatewayClient.Problem(await pasp.Post("/api/divisions/OPS/shortlist", new { applicationId = candidate.ApplicationId }), HttpStatusCode.Forbidden, "forbidden");
        await GatewayClient.Problem(await candidate.Applicant.Http.GetAsync("/api/divisions/OPS/pool"), HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Shortlist_interview_scorecard_and_selection_show_on_the_applicants_status_and_timeline_R13_R14_R17()
    {
        var candidate = (await PoolSteps.Pooled(system, "OPS", ("fr", false)))[0];
        var id = candidate.ApplicationId;
        using var ops = await PoolSteps.Staff(system, "OPS");
        using var assessor = await PoolSteps.Staff(system, "OPS", "assessor");

        Assert.Equal(HttpStatusCode.OK, (await ops.Post("/api/divisions/OPS/shortlist", new { applicationId = id })).StatusCode);
        await Eventually.True(async () => await Status(candidate) == "shortlisted", "shortlisted on the applicant's status");
        var scheduled = await ops.Post("/api/divisions/OPS/interviews", new { applicationId = id, kind = "face-to-face", at = "2025-07-01T08:00:00Z" });
        Assert.Equal(HttpStatusCode.OK, scheduled.StatusCode);
        await Eventually.True(async () => await Status(candidate) == "interview-scheduled", "the interview on the applicant's status");
        Assert.Equal(HttpStatusCode.OK, (await ops.Post("/api/divisions/OPS/assessments", new { applicationId = id, ratings = PoolSteps.Ratings(4) })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await assessor.Post("/api/divisions/OPS/assessments", new { applicationId = id, ratings = PoolSteps.Ratings(5) })).StatusCode);

        var entry = (await ops.Get("/api/divisions/OPS/pool?campaign=2025&limit=500")).EnumerateArray().Single(p => p.GetProperty("applicationId").GetGuid() == id);
        Assert.Equal(2, entry.GetProperty("scorecards").GetInt32());
        Assert.Equal(81, entry.GetProperty("scorecardTotal").GetInt32());

        Assert.Equal(HttpStatusCode.OK, (await ops.Post("/api/divisions/OPS/decisions", new { applicationId = id, decision = "selected" })).StatusCode);
        await Eventually.True(async () => await Status(candidate) == "selected", "selected on the applicant's status");
        var timeline = (await candidate.Applicant.Get($"/api/applications/{id}/timeline")).EnumerateArray().Select(s => s.GetProperty("type").GetString()).ToList();
        Assert.Equal(["shortlisted", "interview-scheduled", "selected"], timeline.Where(t => t is "shortlisted" or "interview-scheduled" or "selected"));
        var notifications = (await candidate.Applicant.Get($"/api/applications/{id}/notifications")).EnumerateArray().ToList();
        Assert.Contains(notifications, n => n.GetProperty("kind").GetString() == "interview-scheduled" && n.GetProperty("body").GetString()!.Contains("10:00", StringComparison.Ordinal));
        Assert.Contains(notifications, n => n.GetProperty("kind").GetString() == "selected" && n.GetProperty("language").GetString() == "fr");
    }

    [Fact]
    public async Task Two_divisions_selecting_the_same_candidate_at_once_end_with_one_selection()
    {
        var candidate = (await PoolSteps.Pooled(system, "OPS", ("en", false)))[0];
        using var ops = await PoolSteps.Staff(system, "OPS");
        using var pasp = await PoolSteps.Staff(system, "PASP");
        await ops.Post("/api/divisions/OPS/shortlist", new { applicationId = candidate.ApplicationId });
        await pasp.Post("/api/divisions/PASP/shortlist", new { applicationId = candidate.ApplicationId });

        var answers = await Task.WhenAll(
            ops.Post("/api/divisions/OPS/decisions", new { applicationId = candidate.ApplicationId, decision = "selected" }),
            pasp.Post("/api/divisions/PASP/decisions", new { applicationId = candidate.ApplicationId, decision = "selected" }));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        await GatewayClient.Problem(answers.Single(a => a.StatusCode != HttpStatusCode.OK), HttpStatusCode.Conflict, "already-selected");
    }

    [Fact]
    public async Task Closing_a_selection_tells_every_shortlisted_candidate_not_selected_in_their_language_R13_R21()
    {
        var candidates = await PoolSteps.Pooled(system, "PASP", ("en", false), ("fr", false));
        using var pasp = await PoolSteps.Staff(system, "PASP");
        foreach (var c in candidates)
        {
            await pasp.Post("/api/divisions/PASP/shortlist", new { applicationId = c.ApplicationId });
        }

        Assert.Equal(HttpStatusCode.OK, (await pasp.Post("/api/divisions/PASP/decisions", new { applicationId = candidates[0].ApplicationId, decision = "selected" })).StatusCode);
        var closed = await pasp.Post("/api/divisions/PASP/close", new { campaign = "2025" });
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);

        var french = candidates[1];
        var told = await Eventually.Get(() => french.Applicant.Get($"/api/applications/{french.ApplicationId}/notifications"),
            n => n.EnumerateArray().Any(x => x.GetProperty("kind").GetString() == "not-selected"), "the candidate to be told");
        Assert.StartsWith("Bonjour", told.EnumerateArray().Single(x => x.GetProperty("kind").GetString() == "not-selected").GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal("not-selected", await Status(french));
        await Eventually.True(async () => await Status(candidates[0]) == "selected", "the selected one stays selected");
    }

    [Fact]
    public async Task An_accommodation_is_visible_only_to_the_division_that_schedules_the_candidate_and_assessments_only_to_their_division_R15_R14()
    {
        var candidate = (await PoolSteps.Pooled(system, "OPS", ("en", true)))[0];
        var id = candidate.ApplicationId;
        using var ops = await PoolSteps.Staff(system, "OPS");
        using var pasp = await PoolSteps.Staff(system, "PASP");
        await ops.Post("/api/divisions/OPS/shortlist", new { applicationId = id });
        await pasp.Post("/api/divisions/PASP/shortlist", new { applicationId = id });

        // Shortlisting is not organising: nobody sees it yet.
        Assert.Equal(JsonValueKind.Null, (await Entry(ops, "OPS", id)).GetProperty("accommodationRequested").ValueKind);

        Assert.Equal(HttpStatusCode.OK, (await ops.Post("/api/divisions/OPS/interviews", new { applicationId = id, kind = "face-to-face", at = "2025-07-01T08:00:00Z" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ops.Post("/api/divisions/OPS/assessments", new { applicationId = id, ratings = PoolSteps.Ratings(4) })).StatusCode);

        var seenByOps = await Entry(ops, "OPS", id);
        var seenByPasp = await Entry(pasp, "PASP", id);
        Assert.True(seenByOps.GetProperty("accommodationRequested").GetBoolean());
        Assert.Equal(JsonValueKind.Null, seenByPasp.GetProperty("accommodationRequested").ValueKind);
        Assert.Equal(1, seenByOps.GetProperty("scorecards").GetInt32());
        Assert.Equal(36, seenByOps.GetProperty("scorecardTotal").GetInt32());
        Assert.Equal(0, seenByPasp.GetProperty("scorecards").GetInt32());
        Assert.Equal(0, seenByPasp.GetProperty("scorecardTotal").GetInt32());
        Assert.Equal(JsonValueKind.Null, seenByPasp.GetProperty("averageScorecardTotal").ValueKind);
    }

    [Fact]
    public async Task Scorecards_rate_all_nine_competencies_once_per_assessor_after_shortlisting_R14()
    {
        var candidate = (await PoolSteps.Pooled(system, "OPS", ("en", false)))[0];
        using var ops = await PoolSteps.Staff(system, "OPS");
        var id = candidate.ApplicationId;

        await GatewayClient.Problem(await ops.Post("/api/divisions/OPS/assessments", new { applicationId = id, ratings = PoolSteps.Ratings(3) }),
            HttpStatusCode.Conflict, "invalid-transition");
        await ops.Post("/api/divisions/OPS/shortlist", new { applicationId = id });
        var problem = await GatewayClient.Problem(await ops.Post("/api/divisions/OPS/assessments", new { applicationId = id, ratings = new { achievement = 6 } }),
            HttpStatusCode.BadRequest, "validation");
        Assert.True(problem.GetProperty("errors").TryGetProperty("ratings.teamwork", out _));
        Assert.Equal(HttpStatusCode.OK, (await ops.Post("/api/divisions/OPS/assessments", new { applicationId = id, ratings = PoolSteps.Ratings(3) })).StatusCode);
        await GatewayClient.Problem(await ops.Post("/api/divisions/OPS/assessments", new { applicationId = id, ratings = PoolSteps.Ratings(2) }),
            HttpStatusCode.Conflict, "duplicate");
        await GatewayClient.Problem(await ops.Post("/api/divisions/OPS/interviews", new { applicationId = id, kind = "written-test", at = "2025-07-01T08:00:00" }),
            HttpStatusCode.BadRequest, "validation");
        await GatewayClient.Problem(await ops.Post("/api/divisions/OPS/shortlist", new { applicationId = Guid.NewGuid() }), HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task A_rejection_after_forwarding_takes_the_candidate_out_of_every_pool_cancels_the_interview_and_tells_them_once_R16_R13()
    {
        var candidate = (await PoolSteps.Pooled(system, "OPS", ("fr", false)))[0];
        var id = candidate.ApplicationId;
        using var ops = await PoolSteps.Staff(system, "OPS");
        using var pasp = await PoolSteps.Staff(system, "PASP");
        using var hr = await system.Client().As("hr", "hr@example.org");
        await ops.Post("/api/divisions/OPS/shortlist", new { applicationId = id });
        await pasp.Post("/api/divisions/PASP/shortlist", new { applicationId = id });
        using var scheduled = await ops.Post("/api/divisions/OPS/interviews", new { applicationId = id, kind = "face-to-face", at = "2025-07-01T08:00:00Z" });
        var interviewId = (await scheduled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("interviews")[0].GetProperty("interviewId").GetGuid();
        await Eventually.True(async () => await Status(candidate) == "interview-scheduled", "the interview on the applicant's status");

        system.Clock.Set(PoolSteps.AfterDeadline.AddDays(2));
        Assert.Equal(HttpStatusCode.OK, (await hr.Post($"/api/screening/applications/{id}/reject", new { reason = "generative-ai" })).StatusCode);

        await Eventually.True(async () => !(await ops.Get("/api/divisions/OPS/pool?campaign=2025&limit=500")).EnumerateArray()
            .Any(p => p.GetProperty("applicationId").GetGuid() == id), "the candidate to leave the pool");
        Assert.DoesNotContain((await pasp.Get("/api/divisions/PASP/pool?campaign=2025&limit=500")).EnumerateArray(), p => p.GetProperty("applicationId").GetGuid() == id);
        await GatewayClient.Problem(await pasp.Post("/api/divisions/PASP/shortlist", new { applicationId = id }), HttpStatusCode.Conflict, "not-in-pool");
        await GatewayClient.Problem(await ops.Post("/api/divisions/OPS/decisions", new { applicationId = id, decision = "selected" }), HttpStatusCode.Conflict, "not-in-pool");
        await GatewayClient.Problem(await ops.Post("/api/divisions/OPS/interviews", new { applicationId = id, kind = "written-test", at = "2025-07-02T08:00:00Z" }),
            HttpStatusCode.Conflict, "not-in-pool");
        await using (var session = system.Divisions.Services.GetRequiredService<IDocumentStore>().QuerySession())
        {
            var pooled = await session.LoadAsync<PoolCandidate>(id);
            Assert.True(pooled!.Left);
            Assert.True(pooled.Interviews.Single(i => i.Id == interviewId).Cancelled);
        }

        var notifications = await Eventually.Get(() => candidate.Applicant.Get($"/api/applications/{id}/notifications"),
            n => n.EnumerateArray().Any(x => x.GetProperty("kind").GetString() == "removed-from-pool"), "the candidate to be told");
        var told = notifications.EnumerateArray().Single(x => x.GetProperty("kind").GetString() == "removed-from-pool");
        Assert.Contains("(R16)", told.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Bonjour", told.GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(notifications.EnumerateArray(), x => x.GetProperty("kind").GetString() == "interview-cancelled");
        Assert.Equal("ineligible", await Status(candidate));
        var timeline = (await candidate.Applicant.Get($"/api/applications/{id}/timeline")).EnumerateArray().Select(s => s.GetProperty("type").GetString()).ToList();
        Assert.Contains("removed-from-pool", timeline);
    }

    private static async Task<string?> Status(PoolSteps.Candidate candidate) =>
        (await candidate.Applicant.Get($"/api/applications/{candidate.ApplicationId}")).GetProperty("status").GetString();

    private static async Task<JsonElement> Entry(GatewayClient staff, string division, Guid id) =>
        (await staff.Get($"/api/divisions/{division}/pool?campaign=2025&limit=500")).EnumerateArray().Single(p => p.GetProperty("applicationId").GetGuid() == id);
}
