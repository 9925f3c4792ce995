using System.Data.Common;

namespace Medallion.Threading.Postgres;

/// <summary>
/// A held lock. Disposing it releases the lock and returns the connection. Once a holder asks for
/// <see cref="HandleLostToken"/>, one monitor checks the connection at the keepalive cadence; when the connection
/// fails, the handle releases what it holds, disposes its connection and then cancels the token, once, so that
/// this node or another can take the lock again.
/// </summary>
public sealed class PostgresDistributedLockHandle : IAsyncDisposable, IDisposable
{
    private readonly DbConnection _connection;
    private readonly DbTransaction? _transaction;
    private readonly PostgresAdvisoryLockKey _key;
    private readonly TimeSpan _keepalive;
    private readonly CancellationTokenSource _lost = new();
    private readonly CancellationTokenSource _disposing = new();
    private readonly Lazy<Task> _monitor;
    private readonly Lazy<Task> _release;
    private int _disposed;

    internal PostgresDistributedLockHandle(DbConnection connection, DbTransaction? transaction, PostgresAdvisoryLockKey key, TimeSpan keepalive)
    {
        _connection = connection;
        _transaction = transaction;
        _key = key;
        _keepalive = keepalive;

        // Lazy<T> runs its factory once however many threads read it at the same moment: one monitor per handle,
        // however often the holder polls the token (Weasel reads it on every HasLock), and one release per handle,
        // whether the monitor or DisposeAsync gets there first.
        _monitor = new Lazy<Task>(() => Task.Run(MonitorAsync), LazyThreadSafetyMode.ExecutionAndPublication);
        _release = new Lazy<Task>(ReleaseAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Cancelled when the connection holding the lock dies, so the holder can stop acting as the leader.</summary>
    public CancellationToken HandleLostToken
    {
        get
        {
            // The monitor costs a query per cadence, so it only runs for holders that ask about loss.
            if (Volatile.Read(ref _disposed) == 0)
            {
                _ = _monitor.Value;
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

        // The monitor and the release share the connection: stop the one before the other uses it.
        await _disposing.CancelAsync().ConfigureAwait(false);
        if (_monitor.IsValueCreated)
        {
            await _monitor.Value.ConfigureAwait(false);
        }

        await _release.Value.ConfigureAwait(false);
        _disposing.Dispose();
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

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
                command.CommandTimeout = KeepaliveTimeoutSeconds;
                await command.ExecuteScalarAsync(_disposing.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_disposing.IsCancellationRequested)
        {
            // Released on purpose.
        }
        catch (Exception)
        {
            // Free the lock before telling the holder: when it reacts by trying again, the lock is there to take.
            await _release.Value.ConfigureAwait(false);
            await _lost.CancelAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Gives the lock back. A session lock must be unlocked explicitly: a pooled connection that is merely closed keeps
    /// its session, and with it the lock, until the pool reuses it. A broken connection is not pooled, and the server
    /// dropped its locks with it.
    /// </summary>
    private async Task ReleaseAsync()
    {
        try
        {
            if (_connection.State == System.Data.ConnectionState.Open)
            {
                if (_transaction is not null)
                {
                    // Ending the transaction is what releases a transaction-scoped lock.
                    await _transaction.RollbackAsync().ConfigureAwait(false);
                }
                else
                {
                    await using var command = _connection.CreateCommand();
                    command.CommandText = $"SELECT pg_advisory_unlock({_key.SqlArguments})";
                    command.CommandTimeout = KeepaliveTimeoutSeconds;
                    await command.ExecuteScalarAsync().ConfigureAwait(false);
                }
            }
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException or TimeoutException)
        {
            // The connection broke while the lock was held: the server released the lock with the session.
        }
        finally
        {
            if (_transaction is not null)
            {
                await _transaction.DisposeAsync().ConfigureAwait(false);
            }

            await _connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>A check that takes longer than this means the connection is as good as gone.</summary>
    private int KeepaliveTimeoutSeconds => Math.Max(5, (int)Math.Ceiling(_keepalive.TotalSeconds));
}
