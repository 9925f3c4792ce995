using Recruitment.Testing;

namespace Recruitment.EndToEnd.Tests.Messaging;

/// <summary>
/// On a RabbitMQ cluster (deploy/k8s sets Messaging:QuorumQueues), a service declares its queues as quorum queues,
/// replicated to a majority of nodes; by default (a single local node) they stay classic.
/// </summary>
public sealed class QuorumQueueTests
{
    [Fact]
    public async Task A_service_told_to_declares_quorum_queues_and_classic_ones_otherwise()
    {
        await using var quorum = await TestEnvironment.CreateAsync();
        await using var classic = await TestEnvironment.CreateAsync();
        var clock = new TestClock(SystemFixture.Start);
        await using (new ServiceHost<global::Recruitment.Screening.Program>(quorum, clock, new Dictionary<string, string?> { ["Messaging:QuorumQueues"] = "true" }).Start())
        await using (new ServiceHost<global::Recruitment.Screening.Program>(classic, clock).Start())
        {
            var declared = await quorum.QueueAsync("screening-application-submitted");
            Assert.True(declared is not null, "The test servers name no RabbitMQ management API (RECRUITMENT_TEST_RABBITMQ_MANAGEMENT).");
            Assert.Equal("quorum", declared!.Value.GetProperty("type").GetString());
            Assert.Equal("classic", (await classic.QueueAsync("screening-application-submitted"))!.Value.GetProperty("type").GetString());
        }
    }
}
