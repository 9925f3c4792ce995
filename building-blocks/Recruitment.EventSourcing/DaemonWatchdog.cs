using JasperFx;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace Recruitment.EventSourcing;

/// <summary>
/// Watches this node's async daemon and takes out of it an agent (a projection, the outbox, the notifications) that has
/// stopped moving while events wait for it, or that has not been running for a while, so that the coordinator starts
/// it afresh, from its stored progress, on the node that leads its set. Why: after a PostgreSQL crash with two nodes,
/// the old and the new leader both write a progression for a moment; the loser gets an "out of order" progression,
/// and JasperFx.Events marks its agent Stopped and leaves it in the daemon's list, where the coordinator never
/// restarts it: the outbox stalled until the process was killed (issue 10, chaos runs). Only stopping, never
/// starting, so the watchdog cannot add a second writer. What a restarted outbox publishes twice, consumers recognise
/// by message id.
/// </summary>
public sealed partial class DaemonWatchdog(
    IDocumentStore store, EventStoreSetup setup, Marten.Events.Daemon.Coordination.IProjectionCoordinator coordinator, IConfiguration configuration,
    ILogger<DaemonWatchdog> logger)
    : PeriodicJob(logger, configuration.GetValue("EventStore:WatchdogInterval", TimeSpan.FromSeconds(10)))
{
    private readonly TimeSpan _stallAfter = configuration.GetValue("EventStore:StallAfter", TimeSpan.FromSeconds(45));
    private readonly Dictionary<string, (long Position, DateTimeOffset Since)> _seen = [];
    private readonly Dictionary<string, DateTimeOffset> _notRunningSince = [];

    /// <returns>How many agents it stopped.</returns>
    public override async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        // Reading progress before the schema exists would race the setup's DDL.
        if (!setup.IsDone)
        {
            return 0;
        }

        var daemon = coordinator.DaemonForMainDatabase();
        var highWater = (await store.Advanced.AllProjectionProgress(token: cancellationToken))
            .FirstOrDefault(p => p.ShardName == "HighWaterMark")?.Sequence ?? 0;
        var now = DateTimeOffset.UtcNow;
        var stopped = 0;
        foreach (var agent in daemon.CurrentAgents())
        {
            var name = agent.Name.Identity;
            PipelineMetrics.RecordLag(store.Options.DatabaseSchemaName, name, highWater - agent.Position);
            var stalled = agent.Status == AgentStatus.Running && agent.Position < highWater
                && _seen.TryGetValue(name, out var seen) && seen.Position == agent.Position && now - seen.Since > _stallAfter;
            // Stopped by an out-of-order progression, or paused by an error and not restarted: not coming back by itself.
            if (agent.Status == AgentStatus.Running)
            {
                _notRunningSince.Remove(name);
            }
            else
            {
                _notRunningSince.TryAdd(name, now);
            }

            var notRunning = _notRunningSince.TryGetValue(name, out var down) && now - down > _stallAfter;
            if (!stalled && !notRunning)
            {
                if (!_seen.TryGetValue(name, out var last) || last.Position != agent.Position)
                {
                    _seen[name] = (agent.Position, now);
                }

                continue;
            }

            // Stopping only: the coordinator starts the agent again, from its stored progress, on the node that leads
            // its set, so the watchdog can never add a second writer.
            LogRestart(logger, name, agent.Status.ToString(), agent.Position, highWater);
            await daemon.StopAgentAsync(name);
            _seen.Remove(name);
            _notRunningSince.Remove(name);
            stopped++;
        }

        return stopped;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Agent {Agent} was {Status} at {Position} with events up to {HighWater}: stopping it so that the leader starts it afresh.")]
    private static partial void LogRestart(ILogger logger, string agent, string status, long position, long highWater);
}
