using System.Collections.Concurrent;
using Npgsql;

namespace Recruitment.Load;

/// <summary>
/// How far each service's async daemon is behind its own event store: the newest event's sequence minus the slowest
/// projection's or subscription's progress, sampled at an interval; the maximum seen per service is kept.
/// </summary>
public sealed class LagSampler(NpgsqlDataSource database, IReadOnlyList<string> schemas)
{
    private readonly ConcurrentDictionary<string, long> _max = new();

    public async Task RunAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            foreach (var schema in schemas)
            {
                try
                {
                    var lag = await SampleAsync(schema, cancellationToken);
                    _max.AddOrUpdate(schema, lag, (_, max) => Math.Max(max, lag));
                }
                catch (PostgresException)
                {
                    // The schema is not there yet (the service has not started): nothing to measure.
                }
                catch (Exception exception) when (exception is NpgsqlException or OperationCanceledException)
                {
                    // The database is away (a chaos run stops it) or the run is over.
                }
            }

            try
            {
                await Task.Delay(interval, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public string Describe() => string.Join(", ", schemas.Select(s => $"{s} {_max.GetValueOrDefault(s)}"));

    private async Task<long> SampleAsync(string schema, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            $"SELECT coalesce((SELECT max(seq_id) FROM \"{schema}\".mt_events), 0) - " +
            $"coalesce((SELECT min(last_seq_id) FROM \"{schema}\".mt_event_progression WHERE name NOT LIKE 'HighWater%'), 0)");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
