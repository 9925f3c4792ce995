using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Recruitment.Testing;

namespace Recruitment.EndToEnd.Tests;

/// <summary>
/// A submission through the gateway is stored in the Application service's stream, leaves through its outbox over
/// RabbitMQ, and opens a screening in the Screening service's own stream — all over real HTTP, RabbitMQ and PostgreSQL.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class WalkingSkeletonTests(SystemFixture system)
{
    [Fact]
    public async Task A_submission_through_the_gateway_reaches_screening_R3()
    {
        system.Clock.Set(SystemFixture.Start);
        using var hr = await system.Client().As("hr", "hr@example.org");
        var vacancyId = SampleVacancies.NewId();
        Assert.Equal(HttpStatusCode.Created, (await hr.Post("/api/vacancies", SampleVacancies.Body(vacancyId))).StatusCode);
        using var applicant = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");

        var response = await applicant.Post("/api/applications", SampleApplications.Valid(vacancyId));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        var applicationId = created.GetProperty("applicationId").GetGuid();
        Assert.Equal("submitted", created.GetProperty("status").GetString());

        var application = await applicant.Get($"/api/applications/{applicationId}");
        Assert.Equal("submitted", application.GetProperty("status").GetString());
        Assert.Equal(vacancyId, application.GetProperty("vacancyId").GetString());

        var screened = await Eventually.Get(
            () => hr.Get($"/api/screening/vacancies/{vacancyId}"),
            rows => rows.GetArrayLength() == 1,
            "the screening service to open the application's screening");
        Assert.Equal(applicationId, screened[0].GetProperty("applicationId").GetGuid());
    }

    [Fact]
    public async Task The_gateway_is_ready_only_with_every_service_behind_it()
    {
        using var anonymous = system.Client();

        var health = await anonymous.Http.GetAsync("/health");
        var alive = await anonymous.Http.GetAsync("/alive");

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
    }

    [Fact]
    public async Task An_unknown_route_is_a_problem_with_a_code_in_the_callers_language()
    {
        using var applicant = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        applicant.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        var response = await applicant.Http.GetAsync($"/api/applications/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("not-found", problem.GetProperty("code").GetString());
        Assert.Equal("Introuvable.", problem.GetProperty("title").GetString());
    }
}
