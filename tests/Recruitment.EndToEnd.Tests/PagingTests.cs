using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Recruitment.EndToEnd.Tests.Divisions;
using Recruitment.Testing;

namespace Recruitment.EndToEnd.Tests;

/// <summary>
/// Every list is paged (gateway contract): a limit (default 50, at most 500), the next page in a Link header (RFC 8288),
/// the body still the contract's array. Following the links from page to page gives the whole list once, in its order.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class PagingTests(SystemFixture system)
{
    [Fact]
    public async Task The_pool_and_a_vacancys_screenings_come_page_by_page_in_their_order_each_candidate_once()
    {
        var pooled = await PoolSteps.Pooled(system, "OPS", ("en", false), ("fr", false), ("en", false), ("fr", false), ("en", false));
        using var ops = await PoolSteps.Staff(system, "OPS");
        using var hr = await system.Client().As("hr", "hr@example.org");

        var whole = Ids(await ops.Get("/api/divisions/OPS/pool?campaign=2025&limit=500"));
        Assert.True(whole.Count >= pooled.Count);
        Assert.Equal(whole, await ops.AllPages("/api/divisions/OPS/pool?campaign=2025&limit=2", 2, "applicationId"));

        var vacancy = (await hr.Get($"/api/screening/applications/{pooled[0].ApplicationId}")).GetProperty("screening").GetProperty("vacancyId").GetString();
        var ranking = Ids(await hr.Get($"/api/screening/vacancies/{vacancy}"));
        Assert.Equal(pooled.Select(c => c.ApplicationId).Order(), ranking.Order());
        Assert.Equal(ranking, await hr.AllPages($"/api/screening/vacancies/{vacancy}?limit=2", 2, "applicationId"));
    }

    [Fact]
    public async Task Without_a_limit_a_page_holds_50_and_a_bad_limit_or_cursor_is_a_validation_error()
    {
        using var hr = await system.Client().As("hr", "hr@example.org");
        var vacancy = await hr.PublishVacancy();

        using var unpaged = await hr.Http.GetAsync($"/api/screening/vacancies/{vacancy}");
        Assert.Equal(HttpStatusCode.OK, unpaged.StatusCode);
        Assert.False(unpaged.Headers.Contains("Link"));

        foreach (var query in new[] { "limit=0", "limit=501", "cursor=not-a-cursor" })
        {
            var response = await hr.Http.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/screening/vacancies/{vacancy}?{query}")
            {
                Headers = { AcceptLanguage = { new("fr") } },
            });
            var problem = await GatewayClient.Problem(response, HttpStatusCode.BadRequest, "validation");
            var field = query.Split('=')[0];
            Assert.Contains(" ", problem.GetProperty("errors").GetProperty(field)[0].GetString());
            Assert.Equal("La requête n'est pas valide.", problem.GetProperty("title").GetString());
        }
    }

    [Fact]
    public async Task The_open_vacancies_come_page_by_page_soonest_deadline_first()
    {
        system.Clock.Set(PoolSteps.BeforeDeadline);
        using var hr = await system.Client().As("hr", "hr@example.org");
        var published = new[] { "2025-06-25T12:00:00", "2025-06-24T12:00:00", "2025-06-24T12:00:00" }
            .Select(deadline => hr.PublishVacancy(deadline: deadline)).ToList();
        await Task.WhenAll(published);
        using var anonymous = system.Client();

        var whole = (await anonymous.Get("/api/vacancies?limit=500")).EnumerateArray().Select(v => v.GetProperty("id").GetString()).ToList();
        Assert.Equal(whole, await anonymous.AllPages("/api/vacancies?limit=2", 2, v => v.GetProperty("id").GetString()));
        Assert.Superset(published.Select(p => (string?)p.Result).ToHashSet(), whole.ToHashSet());
    }

    [Fact]
    public async Task What_if_changes_come_page_by_page()
    {
        system.Clock.Set(PoolSteps.BeforeDeadline);
        var campaign = $"{Random.Shared.Next(3000, 9999)}";
        using var hr = await system.Client().As("hr", "hr@example.org");
        var vacancy = await hr.PublishVacancy(campaign: campaign);
        for (var i = 0; i < 3; i++)
        {
            using var young = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
            await young.Apply(vacancy, dateOfBirth: "2003-01-15");
        }

        await Eventually.Get(() => hr.Get($"/api/screening/vacancies/{vacancy}"), r => r.GetArrayLength() == 3 && r.EnumerateArray().All(s => s.GetProperty("score").ValueKind == JsonValueKind.Number), "all three screened");
        var body = JsonSerializer.Deserialize<Dictionary<string, object>>((await hr.Get("/api/screening/rule-sets/2025.1")).GetRawText())!;
        var version = $"paged-{Guid.NewGuid():N}"[..20];
        body["id"] = version;
        body["minimumAge"] = 25;
        Assert.Equal(HttpStatusCode.Created, (await hr.Post("/api/screening/rule-sets", body)).StatusCode);

        var seen = new List<Guid>();
        var address = "/api/screening/what-if?limit=2";
        while (address is not null)
        {
            using var response = await hr.Post(address, new { campaign, ruleSetVersion = version });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = Ids(await response.Content.ReadFromJsonAsync<JsonElement>());
            Assert.True(page.Count <= 2);
            seen.AddRange(page);
            address = GatewayClient.Next(response);
        }

        Assert.Equal(3, seen.Count);
        Assert.Equal(seen.Order(), seen);
    }

    private static List<Guid> Ids(JsonElement list) =>
        list.EnumerateArray().Select(item => item.GetProperty("applicationId").GetGuid()).ToList();
}
