using System.Net;
using System.Text.Json;

namespace Recruitment.EndToEnd.Tests.Applications;

/// <summary>R1, R2: HR publishes vacancies; anyone lists the open ones with their Brussels deadline as an instant.</summary>
[Collection(SystemCollection.Name)]
public sealed class VacancyTests(SystemFixture system)
{
    [Fact]
    public async Task A_summer_deadline_in_brussels_is_listed_two_hours_earlier_in_utc_R2()
    {
        system.Clock.Set(new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero));
        using var hr = await system.Client().As("hr", "hr@example.org");
        var id = await hr.PublishVacancy(deadline: "2025-06-22T23:59:00");

        var listed = await Listed(id);

        Assert.Equal("2025-06-22T21:59:00+00:00", listed.GetProperty("deadlineUtc").GetString());
        Assert.Equal("2025-06-22T23:59:00", listed.GetProperty("deadline").GetString());
    }

    [Fact]
    public async Task A_winter_deadline_in_brussels_is_listed_one_hour_earlier_in_utc_R2()
    {
        system.Clock.Set(new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero));
        using var hr = await system.Client().As("hr", "hr@example.org");
        var id = await hr.PublishVacancy(deadline: "2025-12-15T23:59:00");

        var listed = await Listed(id);

        Assert.Equal("2025-12-15T22:59:00+00:00", listed.GetProperty("deadlineUtc").GetString());
    }

    [Fact]
    public async Task A_vacancy_is_no_longer_listed_once_its_deadline_has_passed_R2()
    {
        system.Clock.Set(new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero));
        using var hr = await system.Client().As("hr", "hr@example.org");
        var id = await hr.PublishVacancy(deadline: "2025-06-22T23:59:00");

        system.Clock.Set(new DateTimeOffset(2025, 6, 22, 21, 59, 0, TimeSpan.Zero));
        Assert.True(await IsListed(id), "open until the deadline minute itself");
        system.Clock.Set(new DateTimeOffset(2025, 6, 22, 22, 0, 0, TimeSpan.Zero));
        Assert.False(await IsListed(id), "closed after 23:59 Brussels time");
    }

    [Fact]
    public async Task The_same_vacancy_id_twice_is_a_duplicate_R1()
    {
        using var hr = await system.Client().As("hr", "hr@example.org");
        var id = await hr.PublishVacancy();

        var again = await hr.Post("/api/vacancies", Testing.SampleVacancies.Body(id));

        await GatewayClient.Problem(again, HttpStatusCode.Conflict, "duplicate");
    }

    [Fact]
    public async Task A_deadline_with_an_offset_is_refused_because_it_must_be_brussels_local_time_R2()
    {
        using var hr = await system.Client().As("hr", "hr@example.org");
        hr.Http.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");

        var response = await hr.Post("/api/vacancies", Testing.SampleVacancies.Body(Testing.SampleVacancies.NewId(), deadline: "2025-06-22T23:59:00Z"));

        var problem = await GatewayClient.Problem(response, HttpStatusCode.BadRequest, "validation");
        Assert.Contains("Bruxelles", problem.GetProperty("errors").GetProperty("deadline")[0].GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("applicant")]
    [InlineData("division")]
    [InlineData("clearance-officer")]
    public async Task Only_hr_and_admin_publish_vacancies(string role)
    {
        using var someone = await system.Client().As(role, $"{role}@example.org", role == "division" ? "OPS" : null);

        var response = await someone.Post("/api/vacancies", Testing.SampleVacancies.Body(Testing.SampleVacancies.NewId()));

        await GatewayClient.Problem(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Publishing_needs_a_token()
    {
        using var anonymous = system.Client();

        var response = await anonymous.Post("/api/vacancies", Testing.SampleVacancies.Body(Testing.SampleVacancies.NewId()));

        await GatewayClient.Problem(response, HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task An_admin_may_publish_too()
    {
        using var admin = await system.Client().As("admin", "admin@example.org");

        await admin.PublishVacancy();
    }

    private async Task<bool> IsListed(string id)
    {
        using var anonymous = system.Client();
        var all = await anonymous.Get("/api/vacancies?limit=500");
        return all.EnumerateArray().Any(v => v.GetProperty("id").GetString() == id);
    }

    private async Task<JsonElement> Listed(string id)
    {
        using var anonymous = system.Client();
        var all = await anonymous.Get("/api/vacancies?limit=500");
        return all.EnumerateArray().Single(v => v.GetProperty("id").GetString() == id);
    }
}
