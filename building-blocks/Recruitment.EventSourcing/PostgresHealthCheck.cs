using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Recruitment.ServiceDefaults;

namespace Recruitment.EventSourcing;

/// <summary>Ready only once the event store is set up, and while PostgreSQL answers a query.</summary>
internal sealed class PostgresHealthCheck(NpgsqlDataSource dataSource, EventStoreSetup setup) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!setup.IsDone)
        {
            return HealthCheckResult.Unhealthy("The event store is not set up yet: PostgreSQL has not answered since the start.");
        }

        try
        {
            await using var command = dataSource.CreateCommand("select 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (NpgsqlException exception)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL does not answer.", exception);
        }
    }
}

internal static class PostgresHealthCheckExtensions
{
    public static IHealthChecksBuilder AddNpgSql(this IHealthChecksBuilder checks) =>
        checks.AddCheck<PostgresHealthCheck>("postgres", tags: [ServiceDefaultsExtensions.ReadyTag]);
}
