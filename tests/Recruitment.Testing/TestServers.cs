namespace Recruitment.Testing;

/// <summary>
/// The PostgreSQL and RabbitMQ servers a test run uses, found in this order: connection strings from the environment
/// (RECRUITMENT_TEST_POSTGRES, RECRUITMENT_TEST_RABBITMQ, optionally RECRUITMENT_TEST_RABBITMQ_MANAGEMENT), then
/// Testcontainers when a Docker engine answers, then throwaway servers started from the installed binaries.
/// One set per test process; each fixture isolates itself inside it (<see cref="TestEnvironment"/>).
/// </summary>
public sealed record TestServers(string Postgres, Uri RabbitMq, Uri? RabbitMqManagement, string Origin)
{
    private static readonly Lazy<Task<TestServers>> Shared = new(StartAsync);

    public static Task<TestServers> GetAsync() => Shared.Value;

    private static async Task<TestServers> StartAsync()
    {
        var postgres = Environment.GetEnvironmentVariable("RECRUITMENT_TEST_POSTGRES");
        var rabbit = Environment.GetEnvironmentVariable("RECRUITMENT_TEST_RABBITMQ");
        if (!string.IsNullOrWhiteSpace(postgres) && !string.IsNullOrWhiteSpace(rabbit))
        {
            var management = Environment.GetEnvironmentVariable("RECRUITMENT_TEST_RABBITMQ_MANAGEMENT");
            return new TestServers(postgres, new Uri(rabbit), string.IsNullOrWhiteSpace(management) ? null : new Uri(management), "environment");
        }

        return await ContainerServers.TryStartAsync() ?? await LocalServers.StartAsync();
    }
}
