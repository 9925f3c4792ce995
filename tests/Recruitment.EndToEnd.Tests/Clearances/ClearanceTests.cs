using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Recruitment.EndToEnd.Tests.Divisions;
using Recruitment.SecurityClearance.Cases.Reminders;
using Recruitment.Testing;

namespace Recruitment.EndToEnd.Tests.Clearances;

/// <summary>Interest, clearance and final offer through the gateway (R17–R20), with the clock moved by months.</summary>
[Collection(SystemCollection.Name)]
public sealed class ClearanceTests(SystemFixture system)
{
    private static readonly DateTimeOffset Confirmed = new(2026, 7, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Confirm_interest_then_in_progress_then_granted_on_10_January_2027_gives_an_offer_starting_1_March_2027_R17_R19()
    {
        var (candidate, clearanceId) = await SelectedAndConfirmed("TR");
        using var officer = await system.Client().As("clearance-officer", "officer@example.org");

        await GatewayClient.Problem(await candidate.Applicant.Post($"/api/applications/{candidate.ApplicationId}/offer/accept", new { }), HttpStatusCode.Conflict, "invalid-transition");
        // An outcome may follow the request directly (R18), but never on a date still to come.
        await GatewayClient.Problem(await officer.Post($"/api/clearances/{clearanceId}/status", new { status = "granted", on = "2026-08-01", validUntil = "2031-01-10" }),
            HttpStatusCode.BadRequest, "validation");
        system.Clock.Set(Confirmed.AddDays(20));
        Assert.Equal(HttpStatusCode.OK, (await officer.Post($"/api/clearances/{clearanceId}/status", new { status = "in-progress", on = "2026-07-15" })).StatusCode);
        system.Clock.Set(new DateTimeOffset(2027, 1, 12, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(HttpStatusCode.OK, (await officer.Post($"/api/clearances/{clearanceId}/status",
            new { status = "granted", on = "2027-01-10", validUntil = "2031-01-10", note = "Granted by the national authority." })).StatusCode);

        var offered = await Eventually.Get(() => candidate.Applicant.Get($"/api/applications/{candidate.ApplicationId}"),
            a => a.GetProperty("status").GetString() == "offered", "the final offer");
        var offer = offered.GetProperty("offer");
        Assert.Equal("2027-03-01", offer.GetProperty("startDate").GetString());
        Assert.Equal(1286.09m, offer.GetProperty("monthlyGrantEur").GetDecimal());
        Assert.Equal(["visa", "special-identity-card"], offer.GetProperty("checklist").EnumerateArray().Select(i => i.GetProperty("code").GetString()));

        var statistics = (await officer.Get("/api/clearances/statistics")).EnumerateArray().Single(s => s.GetProperty("authority").GetString() == "TR");
        Assert.True(statistics.GetProperty("granted").GetInt32() >= 1);
        Assert.True(statistics.GetProperty("medianDays").GetInt32() > 180);

        // The candidate answers two days later (the test clock does not move on its own).
        system.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(HttpStatusCode.OK, (await candidate.Applicant.Post($"/api/applications/{candidate.ApplicationId}/offer/accept", new { })).StatusCode);
        var accepted = await candidate.Applicant.Get($"/api/applications/{candidate.ApplicationId}");
        Assert.Equal("offer-accepted", accepted.GetProperty("status").GetString());
        await GatewayClient.Problem(await candidate.Applicant.Post($"/api/applications/{candidate.ApplicationId}/offer/decline", new { }), HttpStatusCode.Conflict, "invalid-transition");

        // The grant and the offer happen at the same instant and cross RabbitMQ as two messages: wait for both.
        var timeline = (await Eventually.Get(() => candidate.Applicant.Get($"/api/applications/{candidate.ApplicationId}/timeline"),
            t => t.EnumerateArray().Any(s => s.GetProperty("type").GetString() == "clearance-granted"), "the grant on the timeline"))
            .EnumerateArray().Select(s => s.GetProperty("type").GetString()).ToList();
        string[] path = ["selected", "interest-confirmed", "clearance-requested", "clearance-in-progress", "clearance-granted", "offer-accepted"];
        Assert.Equal(path, timeline.Where(path.Contains));
        Assert.InRange(timeline.IndexOf("offered"), timeline.IndexOf("clearance-in-progress") + 1, timeline.IndexOf("offer-accepted") - 1);
        var notifications = (await candidate.Applicant.Get($"/api/applications/{candidate.ApplicationId}/notifications")).EnumerateArray().ToList();
        Assert.Contains(notifications, n => n.GetProperty("kind").GetString() == "final-offer" && n.GetProperty("body").GetString()!.Contains("2027-03-01", StringComparison.Ordinal));

        // R13, R17–R19, R21: the candidate heard of every step of the way, once each (the steps' reports cross RabbitMQ
        // as separate messages, so the messages are listed in the order their reports arrived, not necessarily this one).
        string[] told = ["application-received", "forwarded", "shortlisted", "selected", "clearance-requested", "clearance-granted", "final-offer"];
        Assert.Equal(told.Order(), notifications.Select(n => n.GetProperty("kind").GetString()).Where(told.Contains).Order());
    }

    [Fact]
    public async Task An_officer_records_a_denial_straight_from_requested_when_the_authority_sent_no_in_progress_notice_R18()
    {
        var (candidate, clearanceId) = await SelectedAndConfirmed("FR");
        using var officer = await system.Client().As("clearance-officer", "officer@example.org");
        system.Clock.Set(Confirmed.AddDays(25));

        Assert.Equal(HttpStatusCode.OK, (await officer.Post($"/api/clearances/{clearanceId}/status", new { status = "denied", on = "2026-07-20" })).StatusCode);

        Assert.Equal("denied", (await officer.Get($"/api/clearances/{clearanceId}")).GetProperty("status").GetString());
        await Eventually.Get(() => candidate.Applicant.Get($"/api/applications/{candidate.ApplicationId}"),
            a => a.GetProperty("status").GetString() == "clearance-denied", "the denial on the applicant's status");
    }

    [Fact]
    public async Task A_denied_clearance_ends_the_path_without_an_offer_and_the_candidate_is_told_R19()
    {
        var (candidate, clearanceId) = await SelectedAndConfirmed("FR");
        using var officer = await system.Client().As("clearance-officer", "officer@example.org");
        system.Clock.Set(Confirmed.AddDays(25));
        Assert.Equal(HttpStatusCode.OK, (await officer.Post($"/api/clearances/{clearanceId}/status", new { status = "in-progress", on = "2026-07-15" })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await officer.Post($"/api/clearances/{clearanceId}/status", new { status = "denied", on = "2026-07-20", note = "Refused." })).StatusCode);

        var ended = await Eventually.Get(() => candidate.Applicant.Get($"/api/applications/{candidate.ApplicationId}"),
            a => a.GetProperty("status").GetString() == "clearance-denied", "the denial on the applicant's status");
        Assert.Equal(JsonValueKind.Null, ended.GetProperty("offer").ValueKind);
        await Eventually.True(async () => (await candidate.Applicant.Get($"/api/applications/{candidate.ApplicationId}/notifications")).EnumerateArray()
            .Any(n => n.GetProperty("kind").GetString() == "clearance-denied"), "the candidate to be told");
        await GatewayClient.Problem(await candidate.Applicant.Post($"/api/applications/{candidate.ApplicationId}/offer/accept", new { }), HttpStatusCode.Conflict, "invalid-transition");
        await GatewayClient.Problem(await officer.Post($"/api/clearances/{clearanceId}/status", new { status = "granted", on = "2026-07-21", validUntil = "2031-01-01" }),
            HttpStatusCode.Conflict, "invalid-transition");
    }

    [Fact]
    public async Task Reminders_come_at_six_and_eight_months_once_each_and_the_case_is_listed_overdue_R18()
    {
        var (candidate, clearanceId) = await SelectedAndConfirmed("FR");
        using var officer = await system.Client().As("clearance-officer", "officer@example.org");
        var job = system.Clearances.Services.GetRequiredService<ReminderJob>();

        var prediction = await officer.Get($"/api/clearances/{clearanceId}/prediction");
        Assert.Equal("FR", prediction.GetProperty("authority").GetString());
        Assert.Matches("^20[0-9]{2}-0[39]-01$", prediction.GetProperty("reachableIntake").GetString());

        system.Clock.Set(Confirmed.AddMonths(6).AddDays(1));
        await job.RunOnceAsync(CancellationToken.None);
        await job.RunOnceAsync(CancellationToken.None);
        await Eventually.True(async () => (await Kinds(candidate)).Contains("clearance-follow-up"), "the six-month reminder");
        Assert.DoesNotContain(await Cases(officer, "overdue"), c => c == clearanceId);

        system.Clock.Set(Confirmed.AddMonths(8).AddDays(1));
        await Task.WhenAll(job.RunOnceAsync(CancellationToken.None), job.RunOnceAsync(CancellationToken.None));
        Assert.Contains(await Cases(officer, "overdue"), c => c == clearanceId);
        await Eventually.True(async () => (await TimelineTypes(candidate)).Contains("clearance-overdue"), "the overdue report");
        await Task.Delay(500);

        Assert.Single(await Kinds(candidate), k => k == "clearance-follow-up");
        Assert.Single(await TimelineTypes(candidate), t => t == "clearance-overdue");
        using var hr = await system.Client().As("hr", "hr@example.org");
        var hrView = (await hr.Get($"/api/applications/{candidate.ApplicationId}/notifications")).EnumerateArray();
        Assert.Single(hrView, n => n.GetProperty("kind").GetString() == "clearance-overdue-hr");
        Assert.DoesNotContain("clearance-overdue-hr", await Kinds(candidate));
    }

    [Fact]
    public async Task Only_clearance_officers_move_cases_and_unknown_ids_are_404_R18()
    {
        using var officer = await system.Client().As("clearance-officer", "officer@example.org");
        using var hr = await system.Client().As("hr", "hr@example.org");

        await GatewayClient.Problem(await officer.Post($"/api/clearances/{Guid.NewGuid()}/status", new { status = "in-progress", on = "2026-07-15" }), HttpStatusCode.NotFound, "not-found");
        await GatewayClient.Problem(await hr.Post($"/api/clearances/{Guid.NewGuid()}/status", new { status = "in-progress", on = "2026-07-15" }), HttpStatusCode.Forbidden, "forbidden");
        await GatewayClient.Problem(await officer.Post($"/api/clearances/{Guid.NewGuid()}/status", new { status = "approved", on = "2026-07-15" }), HttpStatusCode.BadRequest, "validation");
        await GatewayClient.Problem(await officer.Http.GetAsync("/api/clearances?status=lost"), HttpStatusCode.BadRequest, "validation");
    }

    [Fact]
    public async Task Interest_can_only_be_confirmed_after_selection_R17()
    {
        system.Clock.Set(PoolSteps.BeforeDeadline);
        using var hr = await system.Client().As("hr", "hr@example.org");
        using var applicant = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        var id = await applicant.Apply(await hr.PublishVacancy());

        await GatewayClient.Problem(await applicant.Post($"/api/applications/{id}/confirm-interest", new { }), HttpStatusCode.Conflict, "invalid-transition");
    }

    [Fact]
    public async Task The_cases_come_page_by_page_oldest_request_first_each_once()
    {
        for (var i = 0; i < 3; i++)
        {
            await SelectedAndConfirmed("FR");
        }

        using var officer = await system.Client().As("clearance-officer", "officer@example.org");
        var whole = (await officer.Get("/api/clearances?limit=500")).EnumerateArray().Select(c => c.GetProperty("clearanceId").GetGuid()).ToList();
        Assert.True(whole.Count >= 3);
        Assert.Equal(whole, await officer.AllPages("/api/clearances?limit=1", 1, "clearanceId"));
    }

    /// <summary>A candidate pooled, selected by OPS, who confirms interest: the case is requested and shows on the application.</summary>
    private async Task<(PoolSteps.Candidate Candidate, Guid ClearanceId)> SelectedAndConfirmed(string nationality)
    {
        var candidate = (await PoolSteps.Pooled(system, "OPS", [nationality], ("en", false)))[0];
        using var ops = await PoolSteps.Staff(system, "OPS");
        await ops.Post("/api/divisions/OPS/shortlist", new { applicationId = candidate.ApplicationId });
        Assert.Equal(HttpStatusCode.OK, (await ops.Post("/api/divisions/OPS/decisions", new { applicationId = candidate.ApplicationId, decision = "selected" })).StatusCode);
        await Eventually.True(async () => (await candidate.Applicant.Get($"/api/applications/{candidate.ApplicationId}")).GetProperty("status").GetString() == "selected", "selection");

        system.Clock.Set(Confirmed);
        Assert.Equal(HttpStatusCode.OK, (await candidate.Applicant.Post($"/api/applications/{candidate.ApplicationId}/confirm-interest", new { })).StatusCode);
        var requested = await Eventually.Get(() => candidate.Applicant.Get($"/api/applications/{candidate.ApplicationId}"),
            a => a.GetProperty("status").GetString() == "clearance-requested" && a.GetProperty("clearanceId").ValueKind == JsonValueKind.String, "the clearance request");
        var clearanceId = requested.GetProperty("clearanceId").GetGuid();
        using var officer = await system.Client().As("clearance-officer", "officer@example.org");
        var listed = await officer.Get($"/api/clearances/{clearanceId}");
        Assert.Equal("NS", listed.GetProperty("level").GetString());
        Assert.Equal(nationality, listed.GetProperty("authority").GetString());
        return (candidate, clearanceId);
    }

    private static async Task<List<string?>> Kinds(PoolSteps.Candidate candidate) =>
        (await candidate.Applicant.Get($"/api/applications/{candidate.ApplicationId}/notifications")).EnumerateArray().Select(n => n.GetProperty("kind").GetString()).ToList();

    private static async Task<List<string?>> TimelineTypes(PoolSteps.Candidate candidate) =>
        (await candidate.Applicant.Get($"/api/applications/{candidate.ApplicationId}/timeline")).EnumerateArray().Select(n => n.GetProperty("type").GetString()).ToList();

    private static async Task<List<Guid>> Cases(GatewayClient officer, string status) =>
        (await officer.Get($"/api/clearances?status={status}")).EnumerateArray().Select(c => c.GetProperty("clearanceId").GetGuid()).ToList();
}
