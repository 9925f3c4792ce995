using System.Net.Http.Json;
using JasperFx;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Recruitment.Applications;
using Recruitment.EventSourcing;
using Recruitment.Testing;

namespace Recruitment.EventSourcing.Tests;

/// <summary>
/// The async daemon in DaemonMode.HotCold, with the repository's own Patched.DistributedLock.Postgres: two nodes of one
/// service against one database, exactly one of them runs the projections and the outbox, and when it stops the other
/// takes over. Without the patch, the second node never starts (NotSupportedException: multiplexing with DbDataSource).
/// </summary>
public sealed class HotColdDaemonTests : IAsyncLifetime
{
    private static readonly TimeSpan Takeover = TimeSpan.FromSeconds(60);
    private TestEnvironment _environment = null!;

    public async Task InitializeAsync() => _environment = await TestEnvironment.CreateAsync();

    public async Task DisposeAsync() => await _environment.DisposeAsync();

    [Fact]
    public async Task Exactly_one_node_runs_the_daemon_and_the_other_takes_over_when_it_stops()
    {
        var first = Node().Start();
        await Eventually.True(() => Task.FromResult(RunningAgents(first) > 0), "the first node to lead");

        await using var second = Node().Start();
        await AppendThroughAsync(first);
        await WaitForOutboxToReachHighWaterAsync(first);

        // Both nodes are up and the work is done: it was done by exactly one of them.
        Assert.True(RunningAgents(first) > 0, "the first node leads");
        Assert.Equal(0, RunningAgents(second));

        await first.DisposeAsync();

        await Eventually.True(() => Task.FromResult(RunningAgents(second) > 0), "the second node to take over", Takeover);
        var sequence = await AppendThroughAsync(second);
        await WaitForOutboxToReachHighWaterAsync(second);
        Assert.True(await OutboxProgressAsync(second) >= sequence);
    }

    [Fact]
    public async Task A_leader_whose_lock_connection_dies_hands_over_and_leads_again_when_the_other_node_stops()
    {
        var first = Node().Start();
        await Eventually.True(() => Task.FromResult(RunningAgents(first) > 0), "the first node to lead");
        await using var second = Node().Start();

        // The leader's connection dies (a network cut, an administrator): it must stop leading and free the lock.
        await TerminateLockHoldersAsync();
        await Eventually.True(() => Task.FromResult(RunningAgents(second) > 0 && RunningAgents(first) == 0),
            "the second node to lead and the first to stop", Takeover);
        await AppendThroughAsync(second);
        await WaitForOutboxToReachHighWaterAsync(second);

        // The second node stops: the first, which lost leadership once, leads again.
        await second.DisposeAsync();
        await Eventually.True(() => Task.FromResult(RunningAgents(first) > 0), "the first node to lead again", Takeover);
        var sequence = await AppendThroughAsync(first);
        await WaitForOutboxToReachHighWaterAsync(first);
        Assert.True(await OutboxProgressAsync(first) >= sequence);
        await first.DisposeAsync();
    }

    private async Task TerminateLockHoldersAsync()
    {
        await using var dataSource = Npgsql.NpgsqlDataSource.Create(_environment.Postgres);
        await using var command = dataSource.CreateCommand(
            "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid() " +
            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())");
        await command.ExecuteNonQueryAsync();
    }

    private ServiceHost<Program> Node() => new(_environment, TimeProvider.System, new Dictionary<string, string?>
    {
        ["EventStore:DaemonMode"] = nameof(DaemonMode.HotCold),
    });

    private static int RunningAgents(ServiceHost<Program> node) =>
        node.Services.GetRequiredService<Marten.Events.Daemon.Coordination.IProjectionCoordinator>()
            .DaemonForMainDatabase().CurrentAgents().Count(agent => agent.Status == AgentStatus.Running);

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
