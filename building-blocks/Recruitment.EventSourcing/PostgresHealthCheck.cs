using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Recruitment.ServiceDefaults;

namespace Recruitment.EventSourcing;

internal static class PostgresHealthCheck
{
    /// <summary>Ready only while PostgreSQL answers a query.</summary>
    public static IHealthChecksBuilder AddNpgSql(this IHealthChecksBuilder checks, NpgsqlDataSource dataSource) =>
        checks.AddAsyncCheck("postgres", async cancellationToken =>
        {
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
        }, [ServiceDefaultsExtensions.ReadyTag]);
}
