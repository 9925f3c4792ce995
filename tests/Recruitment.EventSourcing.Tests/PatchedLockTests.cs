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
    public async Task A_holder_is_told_when_its_connection_dies_and_the_lock_is_free_again(bool npgsqlMultiplexing)
    {
        var dataSource = npgsqlMultiplexing ? _multiplexing : _plain;
        var key = new PostgresAdvisoryLockKey(Random.Shared.NextInt64());
        await using var held = await new PostgresDistributedLock(key, dataSource, o => o.KeepaliveCadence(TimeSpan.FromMilliseconds(100))).AcquireAsync();
        var lost = held.HandleLostToken;

        await using (var command = _plain.CreateCommand(
            // Only this fixture's own database: other test projects share the server and hold advisory locks of their own.
            "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid() " +
            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"))
        {
            await command.ExecuteNonQueryAsync();
        }

        await Eventually.True(() => Task.FromResult(lost.IsCancellationRequested), "the handle to report its lost connection");
        await using var again = await new PostgresDistributedLock(key, dataSource).TryAcquireAsync(TimeSpan.FromSeconds(5));
        Assert.NotNull(again);
    }
}
