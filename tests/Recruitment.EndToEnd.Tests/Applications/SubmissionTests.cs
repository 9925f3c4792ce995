using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Recruitment.Testing;

namespace Recruitment.EndToEnd.Tests.Applications;

/// <summary>R3–R5 through the gateway: deadlines, the three-vacancy limit under concurrency, idempotency, edit, withdraw.</summary>
[Collection(SystemCollection.Name)]
public sealed class SubmissionTests(SystemFixture system)
{
    private static readonly DateTimeOffset BeforeDeadline = new(2025, 6, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset AfterDeadline = new(2025, 6, 22, 22, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Six_parallel_submissions_to_six_vacancies_of_a_campaign_give_exactly_three_R4()
    {
        system.Clock.Set(BeforeDeadline);
        var campaign = $"{Random.Shared.Next(3000, 9999)}";
        using var hr = await system.Client().As("hr", "hr@example.org");
        var vacancies = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            vacancies.Add(await hr.PublishVacancy(campaign: campaign));
        }

        var applicant = $"{Guid.NewGuid():N}@example.org";
        var responses = await Task.WhenAll(vacancies.Select(async vacancy =>
        {
            using var client = await system.Client().As("applicant", applicant);
            return await client.Post("/api/applications", SampleApplications.Valid(vacancy));
        }));

        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(3, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await GatewayClient.Problem(refused, HttpStatusCode.Conflict, "application-limit");
        }
    }

    [Fact]
    public async Task The_same_vacancy_twice_is_a_duplicate_application_R4()
    {
        system.Clock.Set(BeforeDeadline);
        using var hr = await system.Client().As("hr", "hr@example.org");
        var vacancy = await hr.PublishVacancy();
        using var applicant = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        await applicant.Apply(vacancy);

        var again = await applicant.Post("/api/applications", SampleApplications.Valid(vacancy));

        await GatewayClient.Problem(again, HttpStatusCode.Conflict, "duplicate-application");
    }

    [Fact]
    public async Task Each_call_of_a_year_is_a_campaign_of_its_own_with_its_own_three_applications_R4()
    {
        system.Clock.Set(SystemFixture.Start);
        using var hr = await system.Client().As("hr", "hr@example.org");
        var year = $"{Random.Shared.Next(3000, 9999)}";
        var spring = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            spring.Add(await hr.PublishVacancy(campaign: $"{year}-spring"));
        }

        var autumn = await hr.PublishVacancy(campaign: $"{year}-autumn");
        using var applicant = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        foreach (var vacancy in spring.Take(3))
        {
            await applicant.Apply(vacancy);
        }

        await GatewayClient.Problem(await applicant.Post("/api/applications", SampleApplications.Valid(spring[3])), HttpStatusCode.Conflict, "application-limit");
        await applicant.Apply(autumn);
    }

    [Fact]
    public async Task A_withdrawal_frees_a_slot_for_another_vacancy_of_the_campaign_R4_R5()
    {
        system.Clock.Set(BeforeDeadline);
        var campaign = $"{Random.Shared.Next(3000, 9999)}";
        using var hr = await system.Client().As("hr", "hr@example.org");
        using var applicant = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        var first = await applicant.Apply(await hr.PublishVacancy(campaign: campaign));
        await applicant.Apply(await hr.PublishVacancy(campaign: campaign));
        await applicant.Apply(await hr.PublishVacancy(campaign: campaign));
        var fourth = await hr.PublishVacancy(campaign: campaign);
        await GatewayClient.Problem(await applicant.Post("/api/applications", SampleApplications.Valid(fourth)), HttpStatusCode.Conflict, "application-limit");

        var withdrawn = await applicant.Post($"/api/applications/{first}/withdraw", new { });
        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal("withdrawn", (await applicant.Get($"/api/applications/{first}")).GetProperty("status").GetString());

        await applicant.Apply(fourth);
    }

    [Fact]
    public async Task Submitting_after_the_brussels_deadline_is_refused_R2_R5()
    {
        system.Clock.Set(BeforeDeadline);
        using var hr = await system.Client().As("hr", "hr@example.org");
        var vacancy = await hr.PublishVacancy(deadline: "2025-06-22T23:59:00");
        using var applicant = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");

        system.Clock.Set(AfterDeadline);
        var late = await applicant.Post("/api/applications", SampleApplications.Valid(vacancy));

        await GatewayClient.Problem(late, HttpStatusCode.Conflict, "deadline-passed");
    }

    [Fact]
    public async Task Editing_and_withdrawing_after_the_deadline_are_refused_R5()
    {
        system.Clock.Set(BeforeDeadline);
        using var hr = await system.Client().As("hr", "hr@example.org");
        var vacancy = await hr.PublishVacancy(deadline: "2025-06-22T23:59:00");
        using var applicant = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        var id = await applicant.Apply(vacancy);
        Assert.Equal(HttpStatusCode.OK, (await applicant.Put($"/api/applications/{id}", SampleApplications.Valid(vacancy, language: "en"))).StatusCode);

        system.Clock.Set(AfterDeadline);

        await GatewayClient.Problem(await applicant.Put($"/api/applications/{id}", SampleApplications.Valid(vacancy)), HttpStatusCode.Conflict, "deadline-passed");
        await GatewayClient.Problem(await applicant.Post($"/api/applications/{id}/withdraw", new { }), HttpStatusCode.Conflict, "deadline-passed");
        Assert.Equal("submitted", (await applicant.Get($"/api/applications/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_same_idempotency_key_returns_the_first_result_and_stores_one_application()
    {
        system.Clock.Set(BeforeDeadline);
        using var hr = await system.Client().As("hr", "hr@example.org");
        var vacancy = await hr.PublishVacancy();
        using var applicant = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 3).Select(async _ =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/applications") { Content = JsonContent.Create(SampleApplications.Valid(vacancy)) };
            request.Headers.Add("Idempotency-Key", key);
            return await applicant.Http.SendAsync(request);
        }));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("applicationId").GetGuid()));
        Assert.Single(ids.Distinct());

        // A new key is a new submission: refused as a duplicate, which proves the first one is the only one.
        await GatewayClient.Problem(await applicant.Post("/api/applications", SampleApplications.Valid(vacancy)), HttpStatusCode.Conflict, "duplicate-application");
    }

    [Fact]
    public async Task An_applicant_over_the_write_limit_gets_429_with_retry_after_and_nobody_else_is_held_back()
    {
        using var eager = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        using var other = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        for (var i = 0; i < SystemFixture.WritesPerMinutePerApplicant; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await eager.Post("/api/applications", new { })).StatusCode);
        }

        using var limited = await eager.Post("/api/applications", new { });

        await GatewayClient.Problem(limited, HttpStatusCode.TooManyRequests, "too-many-requests");
        Assert.InRange(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture), 1, 60);
        Assert.Equal(HttpStatusCode.BadRequest, (await other.Post("/api/applications", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await eager.Http.GetAsync("/api/vacancies")).StatusCode);
    }

    [Fact]
    public async Task Malformed_input_is_explained_per_field_in_french_and_nothing_is_stored_R21()
    {
        system.Clock.Set(BeforeDeadline);
        using var hr = await system.Client().As("hr", "hr@example.org");
        var vacancy = await hr.PublishVacancy();
        using var applicant = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        applicant.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr-BE, en;q=0.5");

        var response = await applicant.Post("/api/applications", SampleApplications.Valid(vacancy, dateOfBirth: "2031-02-30", nationalities: ["ZZ"]));

        var problem = await GatewayClient.Problem(response, HttpStatusCode.BadRequest, "validation");
        Assert.Equal("La requête n'est pas valide.", problem.GetProperty("title").GetString());
        var errors = problem.GetProperty("errors");
        Assert.Contains("AAAA-MM-JJ", errors.GetProperty("applicant.dateOfBirth")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("ISO 3166-1", errors.GetProperty("applicant.nationalities")[0].GetString(), StringComparison.Ordinal);

        // Nothing was stored: the same applicant can still apply to that vacancy.
        await applicant.Apply(vacancy);
    }

    [Fact]
    public async Task Broken_json_is_a_validation_problem_not_a_server_error()
    {
        using var applicant = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");

        var response = await applicant.Http.PostAsync("/api/applications", new StringContent("{\"vacancyId\": ", System.Text.Encoding.UTF8, "application/json"));

        var problem = await GatewayClient.Problem(response, HttpStatusCode.BadRequest, "validation");
        Assert.True(problem.GetProperty("errors").TryGetProperty("body", out _));
    }

    [Fact]
    public async Task An_application_to_an_unknown_vacancy_is_refused_R3()
    {
        using var applicant = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");

        var response = await applicant.Post("/api/applications", SampleApplications.Valid("no-such-vacancy"));

        var problem = await GatewayClient.Problem(response, HttpStatusCode.BadRequest, "validation");
        Assert.Contains("R3", problem.GetProperty("errors").GetProperty("vacancyId")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ineligible_candidate_is_accepted_not_refused()
    {
        system.Clock.Set(BeforeDeadline);
        using var hr = await system.Client().As("hr", "hr@example.org");
        var vacancy = await hr.PublishVacancy();
        using var applicant = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");

        // Nineteen and Swiss: screened out later with reasons (R6, R7), but a valid application.
        var response = await applicant.Post("/api/applications", SampleApplications.Valid(vacancy, dateOfBirth: "2006-01-01", nationalities: ["CH"]));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
