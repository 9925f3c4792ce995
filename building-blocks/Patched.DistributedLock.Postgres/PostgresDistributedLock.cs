using System.Data.Common;

namespace Medallion.Threading.Postgres;

/// <summary>A Postgres advisory lock taken on a connection of its own from a <see cref="DbDataSource"/>.</summary>
public sealed class PostgresDistributedLock
{
    private static readonly TimeSpan MaxPollInterval = TimeSpan.FromMilliseconds(250);

    private readonly DbDataSource _dataSource;
    private readonly PostgresConnectionOptionsBuilder _options;
    private readonly bool _useTransaction;

    public PostgresDistributedLock(PostgresAdvisoryLockKey key, DbDataSource dataSource, Action<PostgresConnectionOptionsBuilder>? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        Key = key;
        _dataSource = dataSource;
        _options = PostgresConnectionOptionsBuilder.From(options);

        // A session lock lives on one physical connection. Under Npgsql's multiplexing a pooled connection has none
        // of its own until a transaction pins one, so such a lock is always taken inside a transaction.
        _useTransaction = _options.UsesTransaction || IsMultiplexing(dataSource);
    }

    public PostgresAdvisoryLockKey Key { get; }

    public string Name => Key.ToString();

    /// <summary>Tries until <paramref name="timeout"/> (zero: once); null when another session holds the lock.</summary>
    public async ValueTask<PostgresDistributedLockHandle?> TryAcquireAsync(TimeSpan timeout = default, CancellationToken cancellationToken = default)
    {
        var started = TimeProvider.System.GetTimestamp();
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        DbTransaction? transaction = null;
        try
        {
            if (_useTransaction)
            {
                transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            }

            var pause = TimeSpan.FromMilliseconds(10);
            while (true)
            {
                if (await TryLockOnceAsync(connection, transaction, cancellationToken).ConfigureAwait(false))
                {
                    return new PostgresDistributedLockHandle(connection, transaction, Key, _options.Keepalive);
                }

                var elapsed = TimeProvider.System.GetElapsedTime(started);
                if (timeout != Timeout.InfiniteTimeSpan && elapsed >= timeout)
                {
                    break;
                }

                var remaining = timeout == Timeout.InfiniteTimeSpan ? MaxPollInterval : timeout - elapsed;
                await Task.Delay(Min(pause, remaining), cancellationToken).ConfigureAwait(false);
                pause = Min(pause * 2, MaxPollInterval);
            }
        }
        catch
        {
            await ReleaseConnectionAsync(connection, transaction).ConfigureAwait(false);
            throw;
        }

        await ReleaseConnectionAsync(connection, transaction).ConfigureAwait(false);
        return null;
    }

    /// <summary>Waits for the lock; throws <see cref="TimeoutException"/> when <paramref name="timeout"/> passes first.</summary>
    public async ValueTask<PostgresDistributedLockHandle> AcquireAsync(TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        await TryAcquireAsync(timeout ?? Timeout.InfiniteTimeSpan, cancellationToken).ConfigureAwait(false)
            ?? throw new TimeoutException($"Timed out waiting for the Postgres advisory lock {Name}.");

    private async Task<bool> TryLockOnceAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = transaction is null
            ? $"SELECT pg_try_advisory_lock({Key.SqlArguments})"
            : $"SELECT pg_try_advisory_xact_lock({Key.SqlArguments})";
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
    }

    private static async ValueTask ReleaseConnectionAsync(DbConnection connection, DbTransaction? transaction)
    {
        if (transaction is not null)
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
        }

        await connection.DisposeAsync().ConfigureAwait(false);
    }

    private static bool IsMultiplexing(DbDataSource dataSource)
    {
        var settings = new DbConnectionStringBuilder { ConnectionString = dataSource.ConnectionString };
        return settings.TryGetValue("Multiplexing", out var value) && bool.TryParse(value?.ToString(), out var on) && on;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
