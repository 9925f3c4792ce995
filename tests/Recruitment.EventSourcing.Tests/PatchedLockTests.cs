using System.Diagnostics;
using Medallion.Threading.Postgres;
using Npgsql;
using Recruitment.Testing;

namespace Recruitment.EventSourcing.Tests;

/// <summary>
/// The repository's own Patched.DistributedLock.Postgres, against a real PostgreSQL, through a plain data source (as
/// Marten's) and through one with Npgsql's multiplexing on.
/// </summary>
public sealed class PatchedLockTests : IAsyncLifetime
{
    private TestEnvironment _environment = null!;
    private NpgsqlDataSource _plain = null!;
    private NpgsqlDataSource _multiplexing = null!;

    public async Task InitializeAsync()
    {
        _environment = await TestEnvironment.CreateAsync();
        _plain = NpgsqlDataSource.Create(_environment.Postgres);
        _multiplexing = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(_environment.Postgres) { Multiplexing = true }.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _plain.DisposeAsync();
        await _multiplexing.DisposeAsync();
        await _environment.DisposeAsync();
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public async Task A_held_lock_excludes_others_until_it_is_released(bool useTransaction, bool npgsqlMultiplexing)
    {
        var dataSource = npgsqlMultiplexing ? _multiplexing : _plain;
        var key = new PostgresAdvisoryLockKey(Random.Shared.NextInt64());

        // UseMultiplexing is what Weasel asks for, and what DistributedLock.Postgres 1.3.1 refused with a data source.
        var first = new PostgresDistributedLock(key, dataSource, options => options.UseTransaction(useTransaction).UseMultiplexing());
        var second = new PostgresDistributedLock(key, dataSource, options => options.UseTransaction(useTransaction).UseMultiplexing());

        var held = await first.TryAcquireAsync();
        Assert.NotNull(held);
        Assert.Null(await second.TryAcquireAsync(TimeSpan.FromMilliseconds(300)));

        await held.DisposeAsync();
        await using var taken = await second.TryAcquireAsync(TimeSpan.FromSeconds(5));
        Assert.NotNull(taken);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_waiting_acquirer_gets_the_lock_as_soon_as_it_is_released(bool npgsqlMultiplexing)
    {
        var dataSource = npgsqlMultiplexing ? _multiplexing : _plain;
        var key = new PostgresAdvisoryLockKey(Random.Shared.Next(), Random.Shared.Next());
        var held = await new PostgresDistributedLock(key, dataSource).AcquireAsync();

        var waiting = new PostgresDistributedLock(key, dataSource).TryAcquireAsync(TimeSpan.FromSeconds(10)).AsTask();
        await Task.Delay(200);
        Assert.False(waiting.IsCompleted);
        await held.DisposeAsync();

        await using var acquired = await waiting;
        Assert.NotNull(acquired);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Many_concurrent_reads_of_the_lost_token_start_one_monitor(bool useTransaction)
    {
        // Weasel reads the token on every HasLock. Each read used to start a monitor of its own; two of them on one
        // connection collided, the token fired although nothing was lost, and the daemon never led again (issue 10).
        var cadence = TimeSpan.FromMilliseconds(50);
        var key = new PostgresAdvisoryLockKey(Random.Shared.NextInt64());
        await using var held = await new PostgresDistributedLock(key, _plain, o => o.UseTransaction(useTransaction).KeepaliveCadence(cadence)).AcquireAsync();

        using var keepalives = new KeepaliveCounter();
        await Parallel.ForAsync(0, 2_000, async (_, _) =>
        {
            _ = held.HandleLostToken;
            await Task.Yield();
        });
        var window = TimeSpan.FromSeconds(2);
        await Task.Delay(window);

        Assert.False(held.HandleLostToken.IsCancellationRequested, "a healthy connection is not reported lost");
        var expected = window / cadence;
        Assert.InRange(keepalives.Count, 1, expected + 5);
        Assert.Equal(1, await AdvisoryLocksHeldAsync(key));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public async Task A_terminated_lock_connection_fires_the_token_once_and_another_node_takes_the_lock(bool useTransaction, bool npgsqlMultiplexing)
    {
        var key = new PostgresAdvisoryLockKey(Random.Shared.NextInt64());
        await using var nodeA = NpgsqlDataSource.Create(npgsqlMultiplexing ? _multiplexing.ConnectionString : _plain.ConnectionString);
        await using var nodeB = NpgsqlDataSource.Create(_plain.ConnectionString);
        await using var held = await Lock(key, nodeA, useTransaction).AcquireAsync();
        var fired = 0;
        using var registration = held.HandleLostToken.Register(() => Interlocked.Increment(ref fired));

        await TerminateHoldersAsync(key);

        await Eventually.True(() => Task.FromResult(held.HandleLostToken.IsCancellationRequested), "the handle to report its lost connection");
        await using var taken = await Lock(key, nodeB, useTransaction).TryAcquireAsync(TimeSpan.FromSeconds(5));
        Assert.NotNull(taken);
        await held.DisposeAsync();
        Assert.Equal(1, fired);
        Assert.True(held.HandleLostToken.IsCancellationRequested);
    }

    [Fact]
    public async Task A_node_that_lost_the_lock_leads_again_when_the_other_dies()
    {
        var key = new PostgresAdvisoryLockKey(Random.Shared.NextInt64());
        await using var nodeA = NpgsqlDataSource.Create(_plain.ConnectionString);
        await using var nodeB = NpgsqlDataSource.Create(_plain.ConnectionString);

        var first = await Lock(key, nodeA, useTransaction: false).AcquireAsync();
        _ = first.HandleLostToken;
        await TerminateHoldersAsync(key);
        await Eventually.True(() => Task.FromResult(first.HandleLostToken.IsCancellationRequested), "node A to learn it lost the lock");

        // Node B takes over; node A keeps trying, as Marten's coordinator does, and must not get it while B holds it.
        var second = await Lock(key, nodeB, useTransaction: false).TryAcquireAsync(TimeSpan.FromSeconds(5));
        Assert.NotNull(second);
        _ = second.HandleLostToken;
        Assert.Null(await Lock(key, nodeA, useTransaction: false).TryAcquireAsync(TimeSpan.FromMilliseconds(300)));

        // Node B dies: its session ends, and node A leads again.
        await TerminateHoldersAsync(key);
        await using var again = await Lock(key, nodeA, useTransaction: false).TryAcquireAsync(TimeSpan.FromSeconds(10));
        Assert.NotNull(again);
        await Eventually.True(() => Task.FromResult(second.HandleLostToken.IsCancellationRequested), "node B's handle to report its loss");
        await first.DisposeAsync();
        await second.DisposeAsync();
        Assert.Equal(1, await AdvisoryLocksHeldAsync(key));
    }

    private static PostgresDistributedLock Lock(PostgresAdvisoryLockKey key, NpgsqlDataSource dataSource, bool useTransaction) =>
        new(key, dataSource, o => o.UseTransaction(useTransaction).UseMultiplexing().KeepaliveCadence(TimeSpan.FromMilliseconds(100)));

    /// <summary>Ends the sessions holding <paramref name="key"/>, as a crashed node or a network cut would.</summary>
    private async Task TerminateHoldersAsync(PostgresAdvisoryLockKey key)
    {
        await using var command = _plain.CreateCommand(
            "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted " +
            "AND ((classid::bigint << 32) | objid::bigint) = $1 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");
        command.Parameters.Add(new NpgsqlParameter { Value = key.Key });
        await command.ExecuteNonQueryAsync();
    }

    private async Task<long> AdvisoryLocksHeldAsync(PostgresAdvisoryLockKey key)
    {
        await using var command = _plain.CreateCommand(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted " +
            "AND ((classid::bigint << 32) | objid::bigint) = $1 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");
        command.Parameters.Add(new NpgsqlParameter { Value = key.Key });
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Counts the keepalive queries Npgsql runs in this process, from its own tracing.</summary>
    private sealed class KeepaliveCounter : IDisposable
    {
        private readonly ActivityListener _listener;
        private int _count;

        public KeepaliveCounter()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = source => source.Name == "Npgsql",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
                ActivityStopped = activity =>
                {
                    if (activity.TagObjects.Any(tag => tag.Value is "SELECT 1"))
                    {
                        Interlocked.Increment(ref _count);
                    }
                },
            };
            ActivitySource.AddActivityListener(_listener);
        }

        public int Count => Volatile.Read(ref _count);

        public void Dispose() => _listener.Dispose();
    }
}
