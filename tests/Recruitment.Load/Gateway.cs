using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Recruitment.Load;

/// <summary>The gateway as the long runs use it: development tokens and authenticated requests.</summary>
public static class Gateway
{
    public static async Task<string> TokenAsync(HttpClient http, string role, string subject, string? division = null)
    {
        using var response = await http.PostAsJsonAsync("/dev/token", new { role, subject, division });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    public static HttpRequestMessage Request(HttpMethod method, string path, string token, object? body)
    {
        var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    /// <summary>Publishes a vacancy whose deadline is <paramref name="deadlineLocal"/> (Brussels time, to the minute).</summary>
    public static async Task PublishVacancyAsync(HttpClient http, string hrToken, string vacancy, DateTime deadlineLocal)
    {
        using var publish = Request(HttpMethod.Post, "/api/vacancies", hrToken,
            Testing.SampleVacancies.Body(vacancy, $"{deadlineLocal.Year}", $"{deadlineLocal:yyyy-MM-ddTHH:mm}:00"));
        using var response = await http.SendAsync(publish);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Publishing vacancy {vacancy} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}
