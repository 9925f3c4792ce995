using System.Net;
using System.Text.Json;
using Marten;
using Marten.Events.Daemon.Coordination;
using Microsoft.Extensions.DependencyInjection;
using Recruitment.Applications.Analytics;
using Recruitment.EndToEnd.Tests.Divisions;
using Recruitment.Testing;

namespace Recruitment.EndToEnd.Tests.Analytics;

/// <summary>
/// GET /api/analytics/campaigns/{campaign} through the gateway: a campaign of its own, candidates taken to different
/// stages by the real services, then the funnel read back against what the test did, before and after an erasure.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class CampaignAnalyticsTests(SystemFixture system)
{
    private const string Campaign = "2025-funnel";

    [Fact]
    public async Task The_funnel_counts_each_stage_per_vacancy_and_in_total_times_the_steps_and_survives_an_erasure()
    {
        system.Clock.Set(PoolSteps.BeforeDeadline);
        using var hr = await system.Client().As("hr", "hr@example.org");
        var ops = await hr.PublishVacancy(campaign: Campaign);
        var pasp = await hr.PublishVacancy(campaign: Campaign);

        // Eligible (documents verified) in both vacancies; one too young (R6); one who withdraws (R5).
        var selected = await Verified(hr, ops);
        var pooled = await Verified(hr, pasp);
        var tooYoung = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        await tooYoung.Apply(ops, dateOfBirth: "2015-01-01");
        var leaving = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        var left = await leaving.Apply(ops);
        Assert.Equal(HttpStatusCode.OK, (await leaving.Post($"/api/applications/{left}/withdraw", new { })).StatusCode);

        // The deadline passes; OPS shortlists, interviews (a scorecard), selects; the clearance is granted and the offer accepted.
        system.Clock.Set(PoolSteps.AfterDeadline);
        using var staff = await PoolSteps.Staff(system, "OPS");
        await Eventually.True(async () => (await staff.Get($"/api/divisions/OPS/pool?campaign={Campaign}")).GetArrayLength() == 2, "both to join the pool");
        Assert.Equal(HttpStatusCode.OK, (await staff.Post("/api/divisions/OPS/shortlist", new { applicationId = selected.ApplicationId })).StatusCode);
        system.Clock.Advance(TimeSpan.FromDays(10));
        Assert.Equal(HttpStatusCode.OK, (await staff.Post("/api/divisions/OPS/assessments", new { applicationId = selected.ApplicationId, ratings = PoolSteps.Ratings(4) })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await staff.Post("/api/divisions/OPS/decisions", new { applicationId = selected.ApplicationId, decision = "selected" })).StatusCode);
        await Eventually.True(async () => (await selected.Applicant.Get($"/api/applications/{selected.ApplicationId}")).GetProperty("status").GetString() == "selected", "selection");
        system.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(HttpStatusCode.OK, (await selected.Applicant.Post($"/api/applications/{selected.ApplicationId}/confirm-interest", new { })).StatusCode);
        var clearanceId = (await Eventually.Get(() => selected.Applicant.Get($"/api/applications/{selected.ApplicationId}"),
            a => a.GetProperty("clearanceId").ValueKind == JsonValueKind.String, "the clearance request")).GetProperty("clearanceId").GetGuid();
        system.Clock.Set(new DateTimeOffset(2026, 1, 12, 9, 0, 0, TimeSpan.Zero));
        using var officer = await system.Client().As("clearance-officer", "officer@example.org");
        Assert.Equal(HttpStatusCode.OK, (await officer.Post($"/api/clearances/{clearanceId}/status", new { status = "granted", on = "2026-01-10", validUntil = "2031-01-10" })).StatusCode);
        await Eventually.True(async () => (await selected.Applicant.Get($"/api/applications/{selected.ApplicationId}")).GetProperty("status").GetString() == "offered", "the offer");
        system.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(HttpStatusCode.OK, (await selected.Applicant.Post($"/api/applications/{selected.ApplicationId}/offer/accept", new { })).StatusCode);

        var expected = new Dictionary<string, int>
        {
            ["submitted"] = 4, ["eligible"] = 2, ["ineligible"] = 1, ["forwarded"] = 2, ["shortlisted"] = 1, ["interviewed"] = 1,
            ["selected"] = 1, ["interest-confirmed"] = 1, ["clearance-requested"] = 1, ["clearance-granted"] = 1, ["clearance-denied"] = 0,
            ["clearance-overdue"] = 0, ["offered"] = 1, ["offer-accepted"] = 1, ["offer-declined"] = 0, ["withdrawn"] = 1,
        };
        var funnel = await Eventually.Get(() => hr.Get($"/api/analytics/campaigns/{Campaign}"),
            f => FunnelJson.Stages(f.GetProperty("total"))["offer-accepted"] == 1, "the funnel to count the accepted offer");
        Assert.Equal(expected, FunnelJson.Stages(funnel.GetProperty("total")));
        Assert.Equal(1, funnel.GetProperty("total").GetProperty("ineligibleByRule").GetProperty("R6").GetInt32());

        var vacancies = funnel.GetProperty("vacancies").EnumerateArray().ToDictionary(v => v.GetProperty("vacancyId").GetString()!, v => v.GetProperty("figures"));
        Assert.Equal(3, FunnelJson.Stages(vacancies[ops])["submitted"]);
        Assert.Equal(1, FunnelJson.Stages(vacancies[pasp])["submitted"]);
        Assert.Equal(1, FunnelJson.Stages(vacancies[pasp])["forwarded"]);
        Assert.Equal(0, FunnelJson.Stages(vacancies[pasp])["shortlisted"]);

        // Eligible on 10 June at 09:00, forwarded when the deadline job ran on 23 June at 08:00; 90 days to the grant... (R18 dates).
        var forwarding = Time(funnel.GetProperty("total"), "eligible", "forwarded");
        Assert.Equal(2, forwarding.GetProperty("candidates").GetInt32());
        Assert.Equal((PoolSteps.AfterDeadline - PoolSteps.BeforeDeadline).TotalSeconds, forwarding.GetProperty("medianSeconds").GetDouble(), (PoolSteps.AfterDeadline - PoolSteps.BeforeDeadline).TotalSeconds * 0.011);
        var interviewToSelection = Time(vacancies[ops], "interviewed", "selected");
        Assert.Equal(1, interviewToSelection.GetProperty("candidates").GetInt32());
        Assert.Equal(0, interviewToSelection.GetProperty("medianSeconds").GetDouble());
        Assert.Equal(TimeSpan.FromDays(3).TotalSeconds, Time(vacancies[ops], "offered", "offer-accepted").GetProperty("p90Seconds").GetDouble(), TimeSpan.FromDays(3).TotalSeconds * 0.011);

        // Anonymous: the ineligible candidate is forgotten (GDPR Art. 17) and every figure stays.
        using var admin = await system.Client().As("admin", "admin@example.org");
        using var erased = await admin.Post("/api/privacy/erasures", new { subject = tooYoung.Subject });
        Assert.Equal(HttpStatusCode.Accepted, erased.StatusCode);
        await Eventually.True(async () => (await admin.Get(erased.Headers.Location!.OriginalString)).GetProperty("status").GetString() == "done", "the erasure");
        var after = await hr.Get($"/api/analytics/campaigns/{Campaign}");
        Assert.Equal(expected, FunnelJson.Stages(after.GetProperty("total")));
        Assert.DoesNotContain(tooYoung.Subject, after.GetRawText(), StringComparison.OrdinalIgnoreCase);

        // Rebuilt from the stored, now masked, events (what a new shape of the figures does): the same figures.
        var store = system.Applications.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession())
        {
            session.DeleteWhere<CandidateJourney>(journey => journey.Shape == CampaignAnalytics.ShapeVersion);
            session.DeleteWhere<VacancyFunnel>(funnel => funnel.Shape == CampaignAnalytics.ShapeVersion);
            await session.SaveChangesAsync();
        }

        var daemon = system.Applications.Services.GetRequiredService<IProjectionCoordinator>().DaemonForMainDatabase();
        await daemon.RewindSubscriptionAsync(CampaignAnalytics.SubscriptionName, CancellationToken.None, sequenceFloor: 0);
        var rebuilt = await Eventually.Get(() => hr.Get($"/api/analytics/campaigns/{Campaign}"),
            f => FunnelJson.Stages(f.GetProperty("total"))["offer-accepted"] == 1, "the rebuilt funnel");
        Assert.Equal(expected, FunnelJson.Stages(rebuilt.GetProperty("total")));
        Assert.Equal(Time(funnel.GetProperty("total"), "eligible", "forwarded").GetRawText(), Time(rebuilt.GetProperty("total"), "eligible", "forwarded").GetRawText());
    }

    [Fact]
    public async Task Only_hr_and_admins_read_the_figures_and_an_unknown_campaign_is_404()
    {
        using var hr = await system.Client().As("hr", "hr@example.org");
        using var staff = await PoolSteps.Staff(system, "OPS");
        using var applicant = await system.Client().As("applicant", "someone@example.org");

        await GatewayClient.Problem(await hr.Http.GetAsync("/api/analytics/campaigns/2019"), HttpStatusCode.NotFound, "not-found");
        await GatewayClient.Problem(await staff.Http.GetAsync("/api/analytics/campaigns/2025"), HttpStatusCode.Forbidden, "forbidden");
        await GatewayClient.Problem(await applicant.Http.GetAsync("/api/analytics/campaigns/2025"), HttpStatusCode.Forbidden, "forbidden");
        await GatewayClient.Problem(await system.Client().Http.GetAsync("/api/analytics/campaigns/2025"), HttpStatusCode.Unauthorized, "unauthenticated");

        // A campaign with a vacancy and no candidate yet: every stage at zero.
        var vacancy = await hr.PublishVacancy(campaign: "2025-quiet");
        using var admin = await system.Client().As("admin", "admin@example.org");
        var quiet = await admin.Get("/api/analytics/campaigns/2025-Quiet");
        Assert.Equal("2025-quiet", quiet.GetProperty("campaign").GetString());
        Assert.Equal(vacancy, Assert.Single(quiet.GetProperty("vacancies").EnumerateArray()).GetProperty("vacancyId").GetString());
        Assert.All(FunnelJson.Stages(quiet.GetProperty("total")).Values, count => Assert.Equal(0, count));
    }

    private async Task<PoolSteps.Candidate> Verified(GatewayClient hr, string vacancy)
    {
        var applicant = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        var id = await applicant.Apply(vacancy);
        await hr.VerifyDocuments(id);
        return new PoolSteps.Candidate(id, applicant);
    }

    private static JsonElement Time(JsonElement figures, string from, string to) =>
        figures.GetProperty("times").EnumerateArray().Single(t => t.GetProperty("from").GetString() == from && t.GetProperty("to").GetString() == to);
}
