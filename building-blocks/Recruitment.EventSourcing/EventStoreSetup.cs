using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Recruitment.EventSourcing;

/// <summary>Data a service needs in its store from the start (a default rule set): written once, whichever node starts first.</summary>
public interface IEventStoreSeed
{
    Task SeedAsync(IDocumentStore store, CancellationToken cancellationToken);
}

/// <summary>
/// Brings the service's schema up to date and writes its seeds, in the background and for as long as it takes: a
/// service started while PostgreSQL is down comes up, answers /alive, reports not ready on /health, and gets ready
/// when the database returns. (Marten's own start-up migration fails the start instead.) Services that share a
/// database take turns, under one advisory lock: PostgreSQL's DDL is not safe to run concurrently.
/// </summary>
public sealed partial class EventStoreSetup(IDocumentStore store, NpgsqlDataSource dataSource, IServiceProvider services, ILogger<EventStoreSetup> logger)
    : BackgroundService
{
    /// <summary>The same for every service and node: "recruitment-schema" in ASCII.</summary>
    private const long SchemaLockId = 0x72656372_7363686D;

    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(15);
    private volatile bool _done;

    public bool IsDone => _done;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pause = TimeSpan.FromMilliseconds(500);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                await LockAsync(connection, "pg_advisory_lock", stoppingToken);
                try
                {
                    await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
                    foreach (var seed in services.GetServices<IEventStoreSeed>())
                    {
                        await seed.SeedAsync(store, stoppingToken);
                    }
                }
                finally
                {
                    await LockAsync(connection, "pg_advisory_unlock", CancellationToken.None);
                }

                _done = true;
                return;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                // A dead database, or a set-up that failed half-way: it is all idempotent, so try again; never stop the host.
                LogWaiting(logger, pause.TotalSeconds, exception.Message);
                await Task.Delay(pause, stoppingToken);
                pause = pause * 2 < MaxPause ? pause * 2 : MaxPause;
            }
        }
    }

    private static async Task LockAsync(NpgsqlConnection connection, string function, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {function}($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = SchemaLockId });
        await command.ExecuteScalarAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The event store could not be set up; trying again in {Seconds} s: {Reason}")]
    private static partial void LogWaiting(ILogger logger, double seconds, string reason);
}
