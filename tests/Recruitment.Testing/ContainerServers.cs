using DotNet.Testcontainers.Builders;
using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;

namespace Recruitment.Testing;

/// <summary>Servers in Docker containers, when a Docker engine answers; removed when the test process ends.</summary>
internal static class ContainerServers
{
    public static async Task<TestServers?> TryStartAsync()
    {
        PostgreSqlContainer? postgres = null;
        RabbitMqContainer? rabbit = null;
        try
        {
            postgres = new PostgreSqlBuilder("postgres:15-alpine").Build();
            rabbit = new RabbitMqBuilder("rabbitmq:3.13-management-alpine").WithPortBinding(15672, true)
                .WithWaitStrategy(Wait.ForUnixContainer().UntilInternalTcpPortIsAvailable(15672)).Build();
            await Task.WhenAll(postgres.StartAsync(), rabbit.StartAsync());
        }
        catch (Exception exception) when (exception is DockerUnavailableException or TimeoutException or HttpRequestException or InvalidOperationException)
        {
            // No engine behind the docker client: the caller falls back to local servers.
            if (postgres is not null) await postgres.DisposeAsync();
            if (rabbit is not null) await rabbit.DisposeAsync();
            return null;
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
            Task.WhenAll(postgres.DisposeAsync().AsTask(), rabbit.DisposeAsync().AsTask()).GetAwaiter().GetResult();

        var management = new UriBuilder("http", rabbit.Hostname, rabbit.GetMappedPublicPort(15672)) { UserName = "rabbitmq", Password = "rabbitmq" }.Uri;
        return new TestServers(postgres.GetConnectionString(), new Uri(rabbit.GetConnectionString()), management, "testcontainers");
    }
}
