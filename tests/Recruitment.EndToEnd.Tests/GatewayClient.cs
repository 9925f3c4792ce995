using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Recruitment.EndToEnd.Tests;

/// <summary>What a client program does with the gateway: get a token, call the API, read JSON back.</summary>
public sealed class GatewayClient(HttpClient http) : IDisposable
{
    public HttpClient Http => http;

    public async Task<GatewayClient> As(string role, string subject, string? division = null)
    {
        var response = await http.PostAsJsonAsync("/dev/token", new { role, subject, division });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return this;
    }

    public Task<HttpResponseMessage> Post(string path, object body) => http.PostAsJsonAsync(path, body);

    public async Task<JsonElement> Get(string path)
    {
        var response = await http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public void Dispose() => http.Dispose();
}
