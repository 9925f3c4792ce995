using Npgsql;

namespace Recruitment.Load;

/// <summary>
/// Grows the store to a given number of applications in bulk, for the bench's stored-applications comparison. Each
/// seeded application is a copy of one real application of the run — its streams, events and documents in the
/// Application and Screening services, its idempotency record and processed-message records — under a new id, written
/// by SQL (INSERT … SELECT over generate_series, 20,000 at a time) rather than through the API, which would take hours.
/// The seeded events are archived, as a past campaign's are: they fill the tables and their indexes like live ones, but
/// the daemons, which read only unarchived events, do not forward them again.
/// </summary>
public static class StoreSeed
{
    private const int Chunk = 20_000;

    public static async Task<long> CountAsync(NpgsqlDataSource database)
    {
        await using var command = database.CreateCommand("SELECT count(*) FROM applications.mt_doc_application");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    public static async Task SeedAsync(NpgsqlDataSource database, Guid template, long target)
    {
        var stored = await CountAsync(database);
        while (stored < target)
        {
            var count = (int)Math.Min(Chunk, target - stored);
            await using var connection = await database.OpenConnectionAsync();
            await using var transaction = await connection.BeginTransactionAsync();
            await ExecuteAsync(connection, $"CREATE TEMP TABLE seed_ids ON COMMIT DROP AS SELECT gen_random_uuid() AS id FROM generate_series(1, {count})");
            foreach (var schema in new[] { "applications", "screening" })
            {
                await CloneAsync(connection, schema, "mt_streams", "t.id = @template", new() { ["id"] = "n.id", ["is_archived"] = "true" }, template);
                await CloneAsync(connection, schema, "mt_events", "t.stream_id = @template", new()
                {
                    ["seq_id"] = $"nextval('{schema}.mt_events_sequence')", ["id"] = "gen_random_uuid()", ["stream_id"] = "n.id", ["is_archived"] = "true",
                }, template);
                await CloneAsync(connection, schema, "mt_doc_processedmessage", "t.id = (SELECT min(id) FROM " + schema + ".mt_doc_processedmessage)",
                    new() { ["id"] = "n.id::text" }, template);
            }

            await CloneAsync(connection, "applications", "mt_doc_application", "t.id = @template", new() { ["id"] = "n.id" }, template);
            await CloneAsync(connection, "screening", "mt_doc_screening", "t.id = @template", new() { ["id"] = "n.id" }, template);
            await CloneAsync(connection, "applications", "mt_doc_idempotencyrecord", "t.id = (SELECT min(id) FROM applications.mt_doc_idempotencyrecord)",
                new() { ["id"] = "n.id::text" }, template);
            await transaction.CommitAsync();
            stored += count;
            Console.Write($"\r  seeding: {stored:N0} of {target:N0} applications stored");
        }

        Console.WriteLine();
        await SettleAsync(database);
    }

    /// <summary>
    /// What a store that grew over months looks like, rather than one that grew a minute ago: its tables vacuumed and
    /// analysed, the burst of writes checkpointed, and every daemon past the seeded events. Otherwise the comparison
    /// measures the seeding, not the size.
    /// </summary>
    private static async Task SettleAsync(NpgsqlDataSource database)
    {
        await using (var connection = await database.OpenConnectionAsync())
        {
            foreach (var schema in new[] { "applications", "screening" })
            {
                foreach (var table in new[] { "mt_events", "mt_streams", "mt_doc_processedmessage" })
                {
                    await ExecuteAsync(connection, $"VACUUM (ANALYZE) {schema}.{table}");
                }
            }

            await ExecuteAsync(connection, "VACUUM (ANALYZE) applications.mt_doc_application");
            await ExecuteAsync(connection, "VACUUM (ANALYZE) applications.mt_doc_idempotencyrecord");
            await ExecuteAsync(connection, "VACUUM (ANALYZE) screening.mt_doc_screening");
            await ExecuteAsync(connection, "CHECKPOINT");
        }

        foreach (var schema in new[] { "applications", "screening" })
        {
            await using var behind = database.CreateCommand(
                $"SELECT count(*) FROM {schema}.mt_event_progression WHERE name NOT LIKE 'HighWater%' " +
                $"AND last_seq_id < (SELECT max(seq_id) FROM {schema}.mt_events WHERE is_archived)");
            var until = DateTimeOffset.UtcNow.AddMinutes(5);
            while ((long)(await behind.ExecuteScalarAsync())! > 0 && DateTimeOffset.UtcNow < until)
            {
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        }
    }

    /// <summary>Copies the template's rows of a table once per seeded id, with the named columns replaced.</summary>
    private static async Task CloneAsync(NpgsqlConnection connection, string schema, string table, string template, Dictionary<string, string> replaced, Guid templateId)
    {
        var columns = new List<string>();
        await using (var command = new NpgsqlCommand(
            "SELECT column_name FROM information_schema.columns WHERE table_schema = @schema AND table_name = @table ORDER BY ordinal_position", connection))
        {
            command.Parameters.AddWithValue("schema", schema);
            command.Parameters.AddWithValue("table", table);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }

        var values = columns.Select(c => replaced.TryGetValue(c, out var value) ? value : $"t.\"{c}\"");
        await using var insert = new NpgsqlCommand(
            $"INSERT INTO {schema}.{table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) " +
            $"SELECT {string.Join(", ", values)} FROM {schema}.{table} t CROSS JOIN seed_ids n WHERE {template}", connection);
        if (template.Contains("@template", StringComparison.Ordinal))
        {
            insert.Parameters.AddWithValue("template", templateId);
        }

        insert.CommandTimeout = 600;
        await insert.ExecuteNonQueryAsync();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }
}
