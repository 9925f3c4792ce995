using System.Data.Common;

namespace Medallion.Threading.Postgres;

/// <summary>A held lock. Disposing it releases the lock and returns the connection.</summary>
public sealed class PostgresDistributedLockHandle : IAsyncDisposable, IDisposable
{
    private readonly DbConnection _connection;
    private readonly DbTransaction? _transaction;
    private readonly PostgresAdvisoryLockKey _key;
    private readonly TimeSpan _keepalive;
    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _disposing = new();
    private Task? _monitor;
    private int _disposed;

    internal PostgresDistributedLockHandle(DbConnection connection, DbTransaction? transaction, PostgresAdvisoryLockKey key, TimeSpan keepalive)
    {
        _connection = connection;
        _transaction = transaction;
        _key = key;
        _keepalive = keepalive;
    }

    /// <summary>Cancelled when the connection holding the lock dies, so the holder can stop acting as the leader.</summary>
    public CancellationToken HandleLostToken
    {
        get
        {
            // The monitor costs a query per cadence, so it only runs for holders that ask about loss.
            if (Volatile.Read(ref _disposed) == 0)
            {
                Interlocked.CompareExchange(ref _monitor, Task.Run(MonitorAsync), null);
            }

            return _lost.Token;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        await _disposing.CancelAsync().ConfigureAwait(false);
        if (_monitor is not null)
        {
            await _monitor.ConfigureAwait(false);
        }

        try
        {
            if (_connection.State == System.Data.ConnectionState.Open)
            {
                await ReleaseAsync().ConfigureAwait(false);
            }

            if (_transaction is not null)
            {
                await _transaction.DisposeAsync().ConfigureAwait(false);
            }
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException)
        {
            // The connection broke while the lock was held: the server released the lock with the session.
        }
        finally
        {
            await _connection.DisposeAsync().ConfigureAwait(false);
            _disposing.Dispose();
        }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    private async Task ReleaseAsync()
    {
        if (_transaction is not null)
        {
            // Ending the transaction is what releases a transaction-scoped lock.
            await _transaction.RollbackAsync().ConfigureAwait(false);
            return;
        }

        await using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT pg_advisory_unlock({_key.SqlArguments})";
        await command.ExecuteScalarAsync().ConfigureAwait(false);
    }

    private async Task MonitorAsync()
    {
        try
        {
            while (true)
            {
                await Task.Delay(_keepalive, _disposing.Token).ConfigureAwait(false);
                await using var command = _connection.CreateCommand();
                command.Transaction = _transaction;
                command.CommandText = "SELECT 1";
                await command.ExecuteScalarAsync(_disposing.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_disposing.IsCancellationRequested)
        {
            // Released on purpose.
        }
        catch (Exception)
        {
            await _lost.CancelAsync().ConfigureAwait(false);
        }
    }
}
