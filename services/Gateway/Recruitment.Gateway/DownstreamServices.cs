namespace Recruitment.Gateway;

/// <summary>The services behind the gateway: each cluster of the reverse proxy and the address of its first destination.</summary>
public static class DownstreamServices
{
    public static IEnumerable<(string Service, Uri Address)> All(IConfiguration configuration) =>
        configuration.GetSection("ReverseProxy:Clusters").GetChildren()
            .Select(cluster => (cluster.Key, Address: cluster.GetSection("Destinations").GetChildren().Select(d => d["Address"]).FirstOrDefault()))
            .Where(cluster => cluster.Address is not null)
            .Select(cluster => (cluster.Key, new Uri(cluster.Address!)));
}
