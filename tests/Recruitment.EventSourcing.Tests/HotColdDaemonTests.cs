using System.Net.Http.Json;
using JasperFx;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Recruitment.Applications;
using Recruitment.Testing;

namespace Recruitment.EventSourcing.Tests;

/// <summary>
/// The async daemon in DaemonMode.HotCold, with the repository's own Patched.DistributedLock.Postgres: two nodes of one
/// service against one database; each set of async work (the outbox, the notifications, the analytics) runs on exactly one of them,
/// and when a node stops or loses its lock connection the other takes over. Without the patch, the second node never starts (NotSupportedException: multiplexing with DbDataSource).
/// </summary>
public sealed class HotColdDaemonTests : IAsyncLifetime
{
    private static readonly TimeSpan Takeover = TimeSpan.FromSeconds(60);
    private TestEnvironment _environment = null!;

    public async Task InitializeAsync() => _environment = await TestEnvironment.CreateAsync();

    public async Task DisposeAsync() => await _environment.DisposeAsync();

    [Fact]
    public async Task Each_set_of_work_runs_on_exactly_one_node_and_the_other_takes_over_when_it_stops()
    {
        var first = Node().Start();
        await using var second = Node().Start();
        await AppendThroughAsync(first);
        await WaitForOutboxToReachHighWaterAsync(first);

        // Marten 9 elects a leader per set (the outbox, the notifications): every set runs, and on one node only.
        await Eventually.True(() => Task.FromResult(Running(first).Union(Running(second)).Count() == Shards.Length), "every set to run");
        Assert.Empty(Running(first).Intersect(Running(second)));

        await first.DisposeAsync();

        await Eventually.True(() => Task.FromResult(Running(second).SetEquals(Shards)), "the second node to take over every set", Takeover);
        var sequence = await AppendThroughAsync(second);
        await WaitForOutboxToReachHighWaterAsync(second);
        Assert.True(await OutboxProgressAsync(second) >= sequence);
    }

    [Fact]
    public async Task Sets_whose_lock_connection_dies_move_on_and_a_node_that_lost_them_leads_again_when_the_other_stops()
    {
        var first = Node().Start();
        await Eventually.True(() => Task.FromResult(Running(first).SetEquals(Shards)), "the first node to lead every set");
        await using var second = Node().Start();

        // The leader's lock connections die (a network cut, an administrator): it must stop and free the locks.
        await TerminateLockHoldersAsync();
        await Eventually.True(() => Task.FromResult(
                Running(first).Union(Running(second)).Count() == Shards.Length && !Running(first).Intersect(Running(second)).Any()),
            "every set to be led again, by one node each", Takeover);
        await AppendThroughAsync(second);
        await WaitForOutboxToReachHighWaterAsync(second);

        // The second node stops: the first, which lost its leadership once, leads every set again.
        await second.DisposeAsync();
        await Eventually.True(() => Task.FromResult(Running(first).SetEquals(Shards)), "the first node to lead every set again", Takeover);
        var sequence = await AppendThroughAsync(first);
        await WaitForOutboxToReachHighWaterAsync(first);
        Assert.True(await OutboxProgressAsync(first) >= sequence);
        await first.DisposeAsync();
    }

    [Fact]
    public async Task An_agent_stopped_by_an_out_of_order_progression_is_started_again_by_the_watchdog()
    {
        await using var node = Node(new Dictionary<string, string?>
        {
            ["EventStore:WatchdogInterval"] = "00:00:01",
            ["EventStore:StallAfter"] = "00:00:03",
        }).Start();
        await AppendThroughAsync(node);
        await AppendThroughAsync(node);
        await WaitForOutboxToReachHighWaterAsync(node);

        // What a second writer of the progression does after a PostgreSQL crash with two nodes: the row no longer holds
        // what the agent last wrote. JasperFx then marks the agent Stopped and the coordinator never starts it again.
        await ExecuteAsync("UPDATE applications.mt_event_progression SET last_seq_id = last_seq_id - 1 WHERE name = 'outbox:All'");
        await AppendThroughAsync(node);
        await Eventually.True(() => Task.FromResult(Status(node, "outbox:All") == AgentStatus.Stopped), "the outbox to stop on the out-of-order progression");

        // The watchdog takes the stopped agent out; the coordinator starts it afresh from the stored progression.
        var sequence = await AppendThroughAsync(node);
        await Eventually.True(async () => await OutboxProgressAsync(node) >= sequence, $"the outbox to forward again up to {sequence}", Takeover);
        Assert.Equal(AgentStatus.Running, Status(node, "outbox:All"));
    }

    /// <summary>The Application service's async work: its outbox, its notifications and its analytics, each a set of its own.</summary>
    private static readonly string[] Shards =
        ["outbox:All", "notifications:All", $"{Applications.Analytics.CampaignAnalytics.SubscriptionName}:V{Applications.Analytics.CampaignAnalytics.ShapeVersion}:All"];

    private static IReadOnlySet<string> Running(ServiceHost<Program> node) =>
        node.Services.GetRequiredService<Marten.Events.Daemon.Coordination.IProjectionCoordinator>()
            .DaemonForMainDatabase().CurrentAgents().Where(agent => agent.Status == AgentStatus.Running)
            .Select(agent => agent.Name.Identity).ToHashSet();

    private static AgentStatus? Status(ServiceHost<Program> node, string shard) =>
        node.Services.GetRequiredService<Marten.Events.Daemon.Coordination.IProjectionCoordinator>()
            .DaemonForMainDatabase().CurrentAgents().FirstOrDefault(agent => agent.Name.Identity == shard)?.Status;

    private Task TerminateLockHoldersAsync() => ExecuteAsync(
        "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid() " +
        "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");

    private async Task ExecuteAsync(string sql)
    {
        await using var dataSource = Npgsql.NpgsqlDataSource.Create(_environment.Postgres);
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    private ServiceHost<Program> Node(IReadOnlyDictionary<string, string?>? settings = null) => new(_environment, TimeProvider.System,
        new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["EventStore:DaemonMode"] = nameof(DaemonMode.HotCold),
        });

    /// <summary>Publishes a vacancy through the node: a stored event the outbox must forward.</summary>
    private static async Task<long> AppendThroughAsync(ServiceHost<Program> node)
    {
        using var client = node.CreateClient();
        var token = await client.PostAsJsonAsync("/dev/token", new { role = "hr", subject = "hr@example.org" });
        var bearer = (await token.Content.ReadFromJsonAsync<TokenBody>())!.Token;
        client.DefaultRequestHeaders.Authorization = new("Bearer", bearer);
        var response = await client.PostAsJsonAsync("/api/vacancies", SampleVacancies.Body(SampleVacancies.NewId(), deadline: "2099-06-22T23:59:00"));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);

        var store = node.Services.GetRequiredService<IDocumentStore>();
        return (await store.Advanced.FetchEventStoreStatistics()).EventSequenceNumber;
    }

    private static async Task<long> OutboxProgressAsync(ServiceHost<Program> node)
    {
        var store = node.Services.GetRequiredService<IDocumentStore>();
        var progress = await store.Advanced.AllProjectionProgress();
        return progress.Where(p => p.ShardName.StartsWith(OutboxForwarder.SubscriptionName, StringComparison.Ordinal))
            .Select(p => p.Sequence).DefaultIfEmpty(0).Max();
    }

    private static async Task WaitForOutboxToReachHighWaterAsync(ServiceHost<Program> node)
    {
        var store = node.Services.GetRequiredService<IDocumentStore>();
        var target = (await store.Advanced.FetchEventStoreStatistics()).EventSequenceNumber;
        await Eventually.True(async () => await OutboxProgressAsync(node) >= target, $"the outbox to reach sequence {target}");
    }

    private sealed record TokenBody(string Token);
}
