using Npgsql;

namespace Recruitment.Load;

/// <summary>A submission's outcome on the candidate's path: when it was recorded, and how long after the submission.</summary>
public sealed record Outcome(DateTimeOffset At, TimeSpan Cycle);

/// <summary>What the services' own event stores say happened to the submissions of a run.</summary>
public static class Outcomes
{
    /// <summary>For each application with an outcome on its path: when it was recorded, and how long after the submission.</summary>
    public static async Task<IReadOnlyDictionary<Guid, Outcome>> CyclesAsync(NpgsqlDataSource database, Guid[] ids)
    {
        await using var command = database.CreateCommand(
            "SELECT s.stream_id, min(o.timestamp), min(o.timestamp) - min(s.timestamp) FROM applications.mt_events s " +
            "JOIN applications.mt_events o ON o.stream_id = s.stream_id AND o.type = 'eligibility_reported' " +
            "WHERE s.type = 'application_submitted' AND s.stream_id = ANY($1) GROUP BY s.stream_id");
        command.Parameters.Add(new NpgsqlParameter { Value = ids });
        var cycles = new Dictionary<Guid, Outcome>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            cycles[reader.GetGuid(0)] = new Outcome(reader.GetFieldValue<DateTimeOffset>(1), reader.GetFieldValue<TimeSpan>(2));
        }

        return cycles;
    }

    /// <summary>How many of <paramref name="ids"/> joined the divisions' shared pool, and when the last of them did.</summary>
    public static async Task<(int Count, DateTimeOffset? Last)> InPoolAsync(NpgsqlDataSource database, Guid[] ids)
    {
        await using var command = database.CreateCommand(
            "SELECT count(DISTINCT stream_id), max(timestamp) FROM divisions.mt_events WHERE type = 'candidate_joined_pool' AND stream_id = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = ids });
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return ((int)reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1));
    }
}
