namespace Medallion.Threading.Postgres;

/// <summary>How a lock uses its connection.</summary>
public sealed class PostgresConnectionOptionsBuilder
{
    internal bool UsesTransaction { get; private set; }

    internal TimeSpan Keepalive { get; private set; } = TimeSpan.FromSeconds(10);

    /// <summary>Takes a transaction-scoped lock (pg_advisory_xact_lock) instead of a session lock.</summary>
    public PostgresConnectionOptionsBuilder UseTransaction(bool useTransaction = true)
    {
        UsesTransaction = useTransaction;
        return this;
    }

    /// <summary>
    /// DistributedLock's option to let several locks share one connection. Accepted and ignored: a lock taken through a
    /// data source always holds a connection of its own. Refusing it is what broke Marten's HotCold daemon in 1.3.1.
    /// </summary>
    public PostgresConnectionOptionsBuilder UseMultiplexing(bool useMultiplexing = true) => this;

    /// <summary>How often a held lock checks that its connection is alive; a dead one signals HandleLostToken.</summary>
    public PostgresConnectionOptionsBuilder KeepaliveCadence(TimeSpan keepaliveCadence)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(keepaliveCadence, TimeSpan.Zero);
        Keepalive = keepaliveCadence;
        return this;
    }

    internal static PostgresConnectionOptionsBuilder From(Action<PostgresConnectionOptionsBuilder>? options)
    {
        var builder = new PostgresConnectionOptionsBuilder();
        options?.Invoke(builder);
        return builder;
    }
}
