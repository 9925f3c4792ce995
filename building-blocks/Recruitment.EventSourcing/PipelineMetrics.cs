using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Recruitment.EventSourcing;

/// <summary>
/// The pipeline's own instruments, under the "Recruitment" meter every service exports: how candidates move, how far
/// each daemon agent (the outbox, the notifications, the projections) trails the newest event, and which consumers fail.
/// MassTransit's, Npgsql's and ASP.NET Core's meters add the transport, the database and HTTP.
/// </summary>
public static class PipelineMetrics
{
    public const string MeterName = "Recruitment";

    private static readonly Meter Meter = new(MeterName);
    private static readonly ConcurrentDictionary<(string Service, string Agent), long> Lags = new();

    /// <summary>A candidate reached a stage of the path for the first time (counted where the funnel is kept).</summary>
    public static readonly Counter<long> StageTransitions =
        Meter.CreateCounter<long>("recruitment.stage.transitions", "{candidate}", "Candidates who reached a stage of the path");

    /// <summary>A consumer's attempt failed (it is retried, then moved to the error queue).</summary>
    public static readonly Counter<long> ConsumerFailures =
        Meter.CreateCounter<long>("recruitment.consumer.failures", "{attempt}", "Attempts of a consumer that threw");

    static PipelineMetrics() =>
        Meter.CreateObservableGauge("recruitment.daemon.lag", () => Lags.Select(lag =>
                new Measurement<long>(lag.Value, new KeyValuePair<string, object?>("service", lag.Key.Service), new KeyValuePair<string, object?>("agent", lag.Key.Agent))),
            "{event}", "How many events an agent of the async daemon (outbox, notifications, projections) is behind the newest");

    /// <summary>What the daemon's watchdog read last: the agent's position against the high-water mark.</summary>
    public static void RecordLag(string service, string agent, long behind) => Lags[(service, agent)] = Math.Max(0, behind);
}
