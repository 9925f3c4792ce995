using MassTransit;
using MassTransit.Middleware;

namespace Recruitment.Messaging;

/// <summary>
/// Messages about one application are handled one at a time in a service, whatever their type and queue: two
/// consumers appending to one stream at once would make one of them lose on optimistic concurrency, and its
/// rolled-back append leaves a hole in the event sequence that holds every projection and the outbox back until
/// the daemon gives up on it. The publisher names the application in a header; one partitioner shared by every
/// receive endpoint of the process serialises by it. Messages about no application spread by their own id.
/// </summary>
public static class ApplicationPartitioning
{
    public const string Header = "application-id";

    public static IPartitioner Create(int partitions) => new Partitioner(partitions, new Murmur3UnsafeHashGenerator());

    public static void UseApplicationPartitioner(this IReceiveEndpointConfigurator endpoint, IPartitioner partitioner) =>
        ((IPipeConfigurator<ConsumeContext>)endpoint).UsePartitioner(partitioner, KeyOf);

    public static Guid KeyOf(ConsumeContext context) =>
        context.Headers.Get<Guid>(Header) ?? context.MessageId ?? Guid.Empty;
}
