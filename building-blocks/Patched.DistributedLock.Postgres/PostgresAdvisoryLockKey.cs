namespace Medallion.Threading.Postgres;

/// <summary>The key of a Postgres advisory lock: one 64-bit value or a pair of 32-bit values.</summary>
public readonly struct PostgresAdvisoryLockKey : IEquatable<PostgresAdvisoryLockKey>
{
    private readonly long _key;
    private readonly bool _isPair;

    public PostgresAdvisoryLockKey(long key)
    {
        _key = key;
        _isPair = false;
    }

    public PostgresAdvisoryLockKey(int key1, int key2)
    {
        _key = ((long)key1 << 32) | (uint)key2;
        _isPair = true;
    }

    public bool HasSingleKey => !_isPair;

    public long Key => _key;

    public (int Key1, int Key2) Keys => ((int)(_key >> 32), (int)(_key & 0xFFFFFFFF));

    /// <summary>The SQL argument list of the pg_*advisory_lock functions for this key.</summary>
    internal string SqlArguments => _isPair ? $"{Keys.Key1}, {Keys.Key2}" : _key.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public bool Equals(PostgresAdvisoryLockKey other) => _key == other._key && _isPair == other._isPair;

    public override bool Equals(object? obj) => obj is PostgresAdvisoryLockKey other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_key, _isPair);

    public static bool operator ==(PostgresAdvisoryLockKey left, PostgresAdvisoryLockKey right) => left.Equals(right);

    public static bool operator !=(PostgresAdvisoryLockKey left, PostgresAdvisoryLockKey right) => !left.Equals(right);

    public override string ToString() => _isPair ? $"{Keys.Key1},{Keys.Key2}" : _key.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
