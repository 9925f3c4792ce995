using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Recruitment.Screening.Screenings;
using Recruitment.Screening.Screenings.Concluding;
using Recruitment.Testing;

namespace Recruitment.EndToEnd.Tests.Screening;

/// <summary>Screening through the gateway: HR checks, the pool filling once the deadline passes, the candidate told (R6–R13, R16, R21).</summary>
[Collection(SystemCollection.Name)]
public sealed class ScreeningTests(SystemFixture system)
{
    private static readonly DateTimeOffset BeforeDeadline = new(2025, 6, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset AfterDeadline = new(2025, 6, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Once_the_deadline_passes_the_eligible_are_forwarded_and_the_ineligible_told_in_french_R13_R21()
    {
        system.Clock.Set(BeforeDeadline);
        using var hr = await system.Client().As("hr", "hr@example.org");
        var vacancy = await hr.PublishVacancy(deadline: "2025-06-22T23:59:00");
        using var eligible = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        using var tooYoung = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        tooYoung.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var eligibleId = await eligible.Apply(vacancy, "en", dateOfBirth: "2004-06-22");
        var tooYoungId = await tooYoung.Apply(vacancy, "fr", dateOfBirth: "2004-06-23");
        await hr.VerifyDocuments(eligibleId);
        await hr.VerifyDocuments(tooYoungId);

        var rows = await Eventually.Get(() => hr.Get($"/api/screening/vacancies/{vacancy}"),
            r => r.GetArrayLength() == 2 && r.EnumerateArray().All(x => x.GetProperty("eligibility").ValueKind != JsonValueKind.Null), "both judged");
        Assert.True(Row(rows, eligibleId).GetProperty("eligibility").GetProperty("eligible").GetBoolean());
        Assert.Equal("R6", Row(rows, tooYoungId).GetProperty("eligibility").GetProperty("reasons")[0].GetProperty("rule").GetString());
        Assert.All(rows.EnumerateArray(), r => Assert.False(r.GetProperty("forwarded").GetBoolean()));

        system.Clock.Set(AfterDeadline);

        await Eventually.True(async () => (await eligible.Get($"/api/applications/{eligibleId}/timeline")).EnumerateArray()
            .Any(step => step.GetProperty("type").GetString() == "forwarded-to-divisions"), "the eligible candidate to reach the pool");
        var notification = await Eventually.Get(() => tooYoung.Get($"/api/applications/{tooYoungId}/notifications"),
            n => n.EnumerateArray().Any(x => x.GetProperty("kind").GetString() == "application-ineligible"), "the ineligible candidate to be told");
        var told = notification.EnumerateArray().Single(x => x.GetProperty("kind").GetString() == "application-ineligible");
        Assert.Equal("fr", told.GetProperty("language").GetString());
        Assert.Contains("au moins 21 ans", told.GetProperty("body").GetString(), StringComparison.Ordinal);

        var application = await tooYoung.Get($"/api/applications/{tooYoungId}");
        Assert.Equal("ineligible", application.GetProperty("status").GetString());
        var reason = application.GetProperty("eligibility").GetProperty("reasons")[0];
        Assert.Equal("age", reason.GetProperty("code").GetString());
        Assert.Contains("au moins 21 ans", reason.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("eligible", (await eligible.Get($"/api/applications/{eligibleId}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Rules_that_hold_wait_for_hr_and_an_application_verified_after_the_deadline_is_forwarded_then_R10_R13()
    {
        system.Clock.Set(BeforeDeadline);
        using var hr = await system.Client().As("hr", "hr@example.org");
        var vacancy = await hr.PublishVacancy(deadline: "2025-06-22T23:59:00");
        using var applicant = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        var id = await applicant.Apply(vacancy);
        await hr.WaitForScreening(id);

        system.Clock.Set(AfterDeadline);
        await Task.Delay(600);
        var waiting = await hr.Get($"/api/screening/applications/{id}");
        Assert.Equal("pending", waiting.GetProperty("screening").GetProperty("outcome").GetString());

        await hr.VerifyDocuments(id);

        await Eventually.True(async () => (await applicant.Get($"/api/applications/{id}/timeline")).EnumerateArray()
            .Any(step => step.GetProperty("type").GetString() == "forwarded-to-divisions"), "forwarding once HR has verified");
    }

    [Fact]
    public async Task Rejected_documents_and_generative_ai_are_reasons_with_their_rule_R10_R16()
    {
        system.Clock.Set(BeforeDeadline);
        using var hr = await system.Client().As("hr", "hr@example.org");
        var vacancy = await hr.PublishVacancy();
        using var applicant = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        var id = await applicant.Apply(vacancy);
        await hr.WaitForScreening(id);

        Assert.Equal(HttpStatusCode.OK, (await hr.Post($"/api/screening/applications/{id}/documents", new { verified = false, reason = "The degree copy is illegible." })).StatusCode);
        hr.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        using var rejected = await hr.Post($"/api/screening/applications/{id}/reject", new { reason = "generative-ai", note = "Identical to a chatbot answer." });
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);

        // The answer is in the caller's language, like every other endpoint's (R21).
        var answered = Messages(await rejected.Content.ReadFromJsonAsync<JsonElement>());
        Assert.Equal(Messages((await hr.Get($"/api/screening/applications/{id}")).GetProperty("screening")), answered);
        using var inEnglish = new HttpRequestMessage(HttpMethod.Get, $"/api/screening/applications/{id}");
        inEnglish.Headers.AcceptLanguage.ParseAdd("en");
        using var english = await hr.Http.SendAsync(inEnglish);
        Assert.NotEqual(Messages((await english.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("screening")), answered);

        var screening = (await hr.Get($"/api/screening/applications/{id}")).GetProperty("screening");
        var rules = screening.GetProperty("eligibility").GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("rule").GetString()).ToList();
        Assert.Equal(["R10", "R16"], rules);
        await Eventually.True(async () => (await applicant.Get($"/api/applications/{id}")).GetProperty("status").GetString() == "ineligible",
            "the application service to show the outcome");
    }

    private static List<string> Messages(JsonElement screening) =>
        screening.GetProperty("eligibility").GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("message").GetString()!).ToList();

    [Fact]
    public async Task Hr_input_is_validated_and_other_roles_are_refused()
    {
        using var hr = await system.Client().As("hr", "hr@example.org");
        using var applicant = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        var unknown = Guid.NewGuid();

        await GatewayClient.Problem(await hr.Post($"/api/screening/applications/{unknown}/documents", new { verified = true }), HttpStatusCode.NotFound, "not-found");
        await GatewayClient.Problem(await hr.Post($"/api/screening/applications/{unknown}/documents", new { verified = false }), HttpStatusCode.BadRequest, "validation");
        await GatewayClient.Problem(await hr.Post($"/api/screening/applications/{unknown}/reject", new { reason = "typos" }), HttpStatusCode.BadRequest, "validation");
        await GatewayClient.Problem(await applicant.Post($"/api/screening/applications/{unknown}/documents", new { verified = true }), HttpStatusCode.Forbidden, "forbidden");
        await GatewayClient.Problem(await applicant.Http.GetAsync("/api/screening/vacancies/250700"), HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task The_deadline_job_forwards_once_even_when_it_runs_several_times_at_once_R13()
    {
        system.Clock.Set(BeforeDeadline);
        using var hr = await system.Client().As("hr", "hr@example.org");
        var vacancy = await hr.PublishVacancy(deadline: "2025-06-22T23:59:00");
        using var applicant = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        var id = await applicant.Apply(vacancy);
        await hr.VerifyDocuments(id);
        system.Clock.Set(AfterDeadline);

        var job = system.Screening.Services.GetRequiredService<DeadlineJob>();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => job.RunOnceAsync(CancellationToken.None)));

        await using var session = system.Screening.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var events = await session.Events.FetchStreamAsync(id);
        Assert.Single(events, e => e.Data is ForwardedToPool);
    }

    [Fact]
    public async Task What_if_rescreening_lists_changed_outcomes_and_changes_no_decision()
    {
        system.Clock.Set(BeforeDeadline);
        var campaign = $"{Random.Shared.Next(3000, 9999)}";
        using var hr = await system.Client().As("hr", "hr@example.org");
        var vacancy = await hr.PublishVacancy(campaign: campaign);
        using var young = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        using var older = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        var youngId = await young.Apply(vacancy, dateOfBirth: "2003-01-15");
        var olderId = await older.Apply(vacancy, dateOfBirth: "1990-01-15");
        await Eventually.Get(() => hr.Get($"/api/screening/vacancies/{vacancy}"), r => r.GetArrayLength() == 2, "both screened");
        var stricter = await hr.Get("/api/screening/rule-sets/2025.1");
        var version = $"what-if-{Guid.NewGuid():N}"[..20];
        var body = JsonSerializer.Deserialize<Dictionary<string, object>>(stricter.GetRawText())!;
        body["id"] = version;
        body["minimumAge"] = 25;
        Assert.Equal(HttpStatusCode.Created, (await hr.Post("/api/screening/rule-sets", body)).StatusCode);

        var changes = await hr.Post("/api/screening/what-if", new { campaign, ruleSetVersion = version });

        var list = (await changes.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        var change = Assert.Single(list);
        Assert.Equal(youngId, change.GetProperty("applicationId").GetGuid());
        Assert.Equal("R6:age", change.GetProperty("whatIfReasons")[0].GetString());
        Assert.DoesNotContain(list, c => c.GetProperty("applicationId").GetGuid() == olderId);
        var unchanged = await hr.Get($"/api/screening/applications/{youngId}");
        Assert.Equal("2025.1", unchanged.GetProperty("screening").GetProperty("ruleSetVersion").GetString());
        var replay = await hr.Get($"/api/screening/applications/{youngId}/replay");
        Assert.All(replay.EnumerateArray(), r => Assert.True(r.GetProperty("identical").GetBoolean()));
    }

    [Fact]
    public async Task An_edit_is_judged_again_and_a_withdrawn_application_is_never_forwarded_R5_R13()
    {
        system.Clock.Set(BeforeDeadline);
        using var hr = await system.Client().As("hr", "hr@example.org");
        var vacancy = await hr.PublishVacancy(deadline: "2025-06-22T23:59:00");
        using var applicant = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        var edited = await applicant.Apply(vacancy, dateOfBirth: "2010-01-01");
        var withdrawn = await applicant.Apply(await hr.PublishVacancy(deadline: "2025-06-22T23:59:00"));
        await hr.VerifyDocuments(edited);
        await hr.VerifyDocuments(withdrawn);
        await Eventually.True(async () => (await applicant.Get($"/api/applications/{edited}")).GetProperty("status").GetString() == "ineligible", "the first judgement");

        Assert.Equal(HttpStatusCode.OK, (await applicant.Put($"/api/applications/{edited}", SampleApplications.Valid(vacancy, "1999-05-05"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await applicant.Post($"/api/applications/{withdrawn}/withdraw", new { })).StatusCode);
        await Eventually.True(async () => (await applicant.Get($"/api/applications/{edited}")).GetProperty("status").GetString() == "eligible", "the edit to be judged again");
        await Eventually.True(async () => (await hr.Get($"/api/screening/applications/{withdrawn}")).GetProperty("screening").GetProperty("outcome").GetString() == "withdrawn",
            "screening to record the withdrawal");

        system.Clock.Set(AfterDeadline);
        await Eventually.True(async () => (await applicant.Get($"/api/applications/{edited}/timeline")).EnumerateArray()
            .Any(step => step.GetProperty("type").GetString() == "forwarded-to-divisions"), "the edited application to be forwarded");
        var job = system.Screening.Services.GetRequiredService<DeadlineJob>();
        await job.RunOnceAsync(CancellationToken.None);
        await using var session = system.Screening.Services.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.DoesNotContain(await session.Events.FetchStreamAsync(withdrawn), e => e.Data is ForwardedToPool);
    }

    private static JsonElement Row(JsonElement rows, Guid id) => rows.EnumerateArray().Single(r => r.GetProperty("applicationId").GetGuid() == id);
}
