using Microsoft.Extensions.Diagnostics.HealthChecks;
using Yarp.ReverseProxy;

namespace Recruitment.Gateway;

/// <summary>
/// The gateway is ready when every service it routes to has a node that answers its own /health (with two nodes of a
/// service, one is enough: the gateway sends requests to the nodes that answer).
/// </summary>
public sealed class DownstreamHealthCheck(IProxyStateLookup proxy) : IHealthCheck
{
    // No retries here: a probe must answer quickly, and the next probe is the retry.
    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(3) };

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var client = Client;
        var destinations = proxy.GetClusters()
            .SelectMany(cluster => cluster.Destinations.Values.Select(d => (Cluster: cluster.ClusterId, d.Model.Config.Address)))
            .ToList();

        var results = await Task.WhenAll(destinations.Select(async destination =>
        {
            try
            {
                using var response = await client.GetAsync(new Uri(new Uri(destination.Address), "/health"), cancellationToken);
                return (destination.Cluster, Healthy: response.IsSuccessStatusCode);
            }
            catch (HttpRequestException)
            {
                return (destination.Cluster, Healthy: false);
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return (destination.Cluster, Healthy: false);
            }
        }));

        var down = results.GroupBy(r => r.Cluster).Where(cluster => !cluster.Any(r => r.Healthy)).Select(cluster => cluster.Key).ToList();
        return down.Count == 0
            ? HealthCheckResult.Healthy($"{results.Length} services ready.")
            : HealthCheckResult.Unhealthy($"Not ready: {string.Join(", ", down)}.");
    }
}
