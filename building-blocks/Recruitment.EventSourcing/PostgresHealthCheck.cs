using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Recruitment.ServiceDefaults;

namespace Recruitment.EventSourcing;

internal static class PostgresHealthCheck
{
    /// <summary>Ready only while PostgreSQL answers a query, and once the event store is set up.</summary>
    public static IHealthChecksBuilder AddNpgSql(this IHealthChecksBuilder checks, NpgsqlDataSource dataSource) =>
        checks.Add(new HealthCheckRegistration("postgres", services => new DelegateCheck(async cancellationToken =>
        {
            if (!services.GetRequiredService<EventStoreSetup>().IsDone)
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
        }), failureStatus: null, tags: [ServiceDefaultsExtensions.ReadyTag]));

    private sealed class DelegateCheck(Func<CancellationToken, Task<HealthCheckResult>> check) : IHealthCheck
    {
        public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) => check(cancellationToken);
    }
}
