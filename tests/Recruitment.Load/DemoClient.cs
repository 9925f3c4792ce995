using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Recruitment.Load;

/// <summary>
/// The demo's requests: as one person's token, answered or retried when the gateway says wait (429 with Retry-After,
/// 503 while a service restarts); anything else unexpected stops the demo with what the API said.
/// </summary>
public sealed class DemoClient(HttpClient http)
{
    private readonly Dictionary<string, string> _tokens = [];

    public async Task<string> TokenAsync(string role, string subject, string? division = null)
    {
        var key = $"{role}|{subject}|{division}";
        if (!_tokens.TryGetValue(key, out var token))
        {
            try
            {
                token = await Gateway.TokenAsync(http, role, subject, division);
            }
            catch (HttpRequestException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
            {
                throw new InvalidOperationException("The gateway issues no development tokens: the demo plays on a system started by ./recruitment.sh up (Development).");
            }

            lock (_tokens)
            {
                _tokens[key] = token;
            }
        }

        return token;
    }

    public Task<JsonElement> GetAsync(string token, string path) => SendAsync(HttpMethod.Get, token, path, null, [HttpStatusCode.OK]);

    public Task<JsonElement> PostAsync(string token, string path, object body, params HttpStatusCode[] expected) =>
        SendAsync(HttpMethod.Post, token, path, body, expected.Length > 0 ? expected : [HttpStatusCode.OK, HttpStatusCode.Created]);

    /// <summary>True when the path answers 200 (a screening that has opened, say), false on 404.</summary>
    public async Task<bool> ExistsAsync(string token, string path)
    {
        using var request = Gateway.Request(HttpMethod.Get, path, token, null);
        using var response = await http.SendAsync(request);
        return response.IsSuccessStatusCode;
    }

    private async Task<JsonElement> SendAsync(HttpMethod method, string token, string path, object? body, HttpStatusCode[] expected)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var request = Gateway.Request(method, path, token, body);
            using var response = await http.SendAsync(request);
            if (expected.Contains(response.StatusCode))
            {
                return response.Content.Headers.ContentLength == 0 ? default : await response.Content.ReadFromJsonAsync<JsonElement>();
            }

            if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable && attempt < 20)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1));
                continue;
            }

            throw new InvalidOperationException($"{method} {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }
}

/// <summary>A progress bar on one line of the terminal (a line per step when the output is not a terminal).</summary>
public sealed class Progress(string step, int total)
{
    private readonly object _gate = new();
    private int _done;

    public void Advance(int by = 1)
    {
        lock (_gate)
        {
            _done += by;
            if (!Console.IsOutputRedirected)
            {
                Draw();
            }
        }
    }

    public void Set(int done)
    {
        lock (_gate)
        {
            _done = done;
            if (!Console.IsOutputRedirected)
            {
                Draw();
            }
        }
    }

    public void Done()
    {
        lock (_gate)
        {
            _done = Math.Max(_done, total);
            Draw();
            Console.WriteLine();
        }
    }

    private void Draw()
    {
        const int width = 30;
        var filled = total == 0 ? width : Math.Min(width, width * _done / total);
        Console.Write($"\r  [{new string('#', filled)}{new string('.', width - filled)}] {step,-46} {Math.Min(_done, total),5}/{total}");
    }
}
