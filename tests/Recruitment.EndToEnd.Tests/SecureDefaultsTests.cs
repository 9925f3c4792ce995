using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Recruitment.Testing;

namespace Recruitment.EndToEnd.Tests;

/// <summary>
/// A deployment is safe as it stands: no signing key is built in, a missing or short one stops the process with one
/// line that says what to set, and outside Development nobody can mint a token at /dev/token.
/// </summary>
public sealed class SecureDefaultsTests
{
    [Theory]
    [InlineData(null, "Auth:SigningKey is not set")]
    [InlineData("too-short-a-key", "Auth:SigningKey is 15 bytes long")]
    public async Task Without_a_proper_signing_key_a_process_stops_at_start_with_one_line(string? key, string expected)
    {
        var (exitCode, output) = await RunGatewayAsync(key);

        Assert.Equal(78, exitCode);
        var line = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("Cannot start: " + expected, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outside_development_there_is_no_dev_token_endpoint()
    {
        await using var environment = await TestEnvironment.CreateAsync();
        await using var gateway = new ServiceHost<global::Recruitment.Gateway.Program>(environment, TimeProvider.System,
            new Dictionary<string, string?> { ["Environment"] = "Production" }).Start(waitUntilReady: false);
        using var http = new HttpClient { BaseAddress = gateway.Address };

        using var response = await http.PostAsJsonAsync("/dev/token", new { role = "admin", subject = "mallory@example.org" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>The real gateway process, as a deployment starts it, in Production.</summary>
    private static async Task<(int ExitCode, string Output)> RunGatewayAsync(string? signingKey)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Recruitment.Gateway.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment.Remove("Auth__SigningKey");
        if (signingKey is not null)
        {
            start.Environment["Auth__SigningKey"] = signingKey;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
