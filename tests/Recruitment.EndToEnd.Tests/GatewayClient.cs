using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Recruitment.EndToEnd.Tests;

/// <summary>What a client program does with the gateway: get a token, call the API, read JSON back.</summary>
public sealed class GatewayClient(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    /// <summary>Who the client acts as: the token's subject (an applicant's e-mail address).</summary>
    public string Subject { get; private set; } = "";

    public async Task<GatewayClient> As(string role, string subject, string? division = null)
    {
        Subject = subject;
        var response = await http.PostAsJsonAsync("/dev/token", new { role, subject, division });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return this;
    }

    public Task<HttpResponseMessage> Post(string path, object body) => http.PostAsJsonAsync(path, body);

    public Task<HttpResponseMessage> Put(string path, object body) => http.PutAsJsonAsync(path, body);

    /// <summary>Publishes a vacancy as HR would (the caller must hold the hr role) and fails the test otherwise.</summary>
    public async Task<string> PublishVacancy(string? id = null, string deadline = "2025-06-22T23:59:00", string campaign = "2025")
    {
        var vacancyId = id ?? Testing.SampleVacancies.NewId();
        var response = await Post("/api/vacancies", Testing.SampleVacancies.Body(vacancyId, campaign, deadline));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return vacancyId;
    }

    /// <summary>Submits a valid application and returns its id, failing the test on anything but 201.</summary>
    public async Task<Guid> Apply(string vacancyId, string language = "fr", string dateOfBirth = "2003-01-15", string[]? nationalities = null, bool accommodation = false)
    {
        var response = await Post("/api/applications", Testing.SampleApplications.Valid(vacancyId, dateOfBirth, nationalities, language, accommodation));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("applicationId").GetGuid();
    }

    /// <summary>Waits until Screening has taken the application in (HR reads its screening), as HR would before judging it.</summary>
    public Task WaitForScreening(Guid applicationId) =>
        Testing.Eventually.True(async () => (await http.GetAsync($"/api/screening/applications/{applicationId}")).IsSuccessStatusCode, "screening to open");

    /// <summary>As HR: waits for the screening, then records the documents verified (R10), failing the test on anything but 200.</summary>
    public async Task VerifyDocuments(Guid applicationId)
    {
        await WaitForScreening(applicationId);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await Post($"/api/screening/applications/{applicationId}/documents", new { verified = true })).StatusCode);
    }

    public static async Task<JsonElement> Problem(HttpResponseMessage response, System.Net.HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(code, problem.GetProperty("code").GetString());
        return problem;
    }

    public async Task<JsonElement> Get(string path)
    {
        var response = await http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>
    /// Follows rel="next" from <paramref name="first"/> to the end and returns each item's <paramref name="id"/> in
    /// order; every page holds at most <paramref name="limit"/> and no item comes twice.
    /// </summary>
    public Task<List<Guid>> AllPages(string first, int limit, string id) =>
        AllPages(first, limit, item => item.GetProperty(id).GetGuid());

    /// <inheritdoc cref="AllPages(string, int, string)"/>
    public async Task<List<T>> AllPages<T>(string first, int limit, Func<JsonElement, T> id)
    {
        var all = new List<T>();
        for (var address = first; address is not null;)
        {
            using var response = await http.GetAsync(address);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
            var page = (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Select(id).ToList();
            Assert.InRange(page.Count, 1, limit);
            all.AddRange(page);
            address = Next(response);
        }

        Assert.Equal(all.Count, all.Distinct().Count());
        return all;
    }

    /// <summary>The address of the next page (RFC 8288 Link, rel="next"), or null on the last one.</summary>
    public static string? Next(HttpResponseMessage response)
    {
        if (!response.Headers.TryGetValues("Link", out var links))
        {
            return null;
        }

        var link = Assert.Single(links);
        Assert.EndsWith("; rel=\"next\"", link);
        return link[1..link.IndexOf('>', StringComparison.Ordinal)];
    }

    public void Dispose() => http.Dispose();
}
