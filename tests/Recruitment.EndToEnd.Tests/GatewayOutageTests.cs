using System.Net;
using System.Net.Sockets;
using Recruitment.Testing;

namespace Recruitment.EndToEnd.Tests;

/// <summary>
/// A service the gateway cannot reach answers the contract's 503 "unavailable" with Retry-After, not the proxy's bare
/// 502: the client learns that nothing was stored and when to try again (seen in the chaos run before this existed).
/// </summary>
public sealed class GatewayOutageTests
{
    [Fact]
    public async Task A_request_to_a_service_that_does_not_answer_is_503_unavailable_with_retry_after()
    {
        await using var environment = await TestEnvironment.CreateAsync();
        var nobody = $"http://127.0.0.1:{UnusedPort()}/";
        await using var gateway = new ServiceHost<global::Recruitment.Gateway.Program>(environment, TimeProvider.System, new Dictionary<string, string?>
        {
            ["ReverseProxy:Clusters:applications:Destinations:primary:Address"] = nobody,
            ["ReverseProxy:Clusters:screening:Destinations:primary:Address"] = nobody,
            ["ReverseProxy:Clusters:division-selection:Destinations:primary:Address"] = nobody,
            ["ReverseProxy:Clusters:security-clearance:Destinations:primary:Address"] = nobody,
        }).Start(waitUntilReady: false);
        using var client = await new GatewayClient(new HttpClient { BaseAddress = gateway.Address }).As("hr", "hr@example.org");

        using var response = await client.Post("/api/vacancies", SampleVacancies.Body(SampleVacancies.NewId()));

        await GatewayClient.Problem(response, HttpStatusCode.ServiceUnavailable, "unavailable");
        Assert.NotNull(response.Headers.RetryAfter);
    }

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
