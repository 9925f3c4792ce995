using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Recruitment.ServiceDefaults;

namespace Recruitment.Messaging;

public static class MessagingExtensions
{
    public const string ConnectionStringName = "rabbitmq";

    /// <summary>
    /// MassTransit over RabbitMQ: durable queues named after the service; transient faults retried for as long as an
    /// outage lasts, anything else a few times and then the endpoint's _error queue, where an operator inspects a
    /// message and moves it back (README, "Operating it").
    /// </summary>
    public static IHostApplicationBuilder AddRecruitmentMessaging(
        this IHostApplicationBuilder builder, string serviceName, Action<IBusRegistrationConfigurator> configure)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is not configured.");
        var retry = builder.Configuration.GetSection(RetryOptions.Section).Get<RetryOptions>() ?? new RetryOptions();
        var partitioner = ApplicationPartitioning.Create(builder.Configuration.GetValue("Messaging:Partitions", 32));

        // On a RabbitMQ cluster (deploy/k8s: three nodes), quorum queues replicate every message to a majority of nodes,
        // so losing one node loses nothing. A queue keeps the type it was declared with, so a broker whose queues are
        // classic (a single local node, an older deployment) keeps the default.
        var quorumQueues = builder.Configuration.GetValue("Messaging:QuorumQueues", false);

        builder.Services.AddMassTransit(bus =>
        {
            // Queues are the service's own: "screening-application-submitted", not a name two services could share.
            // MassTransit would otherwise report usage to its vendor over the internet from every process.
            bus.DisableUsageTelemetry();
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            bus.AddConfigureEndpointsCallback((_, _, endpoint) =>
            {
                if (quorumQueues && endpoint is IRabbitMqReceiveEndpointConfigurator rabbitEndpoint)
                {
                    rabbitEndpoint.SetQuorumQueue();
                }

                // Outermost, so that the retries of a message keep its application's turn.
                endpoint.UseApplicationPartitioner(partitioner);

                // Outer: a transient fault waits out the outage, however many minutes it takes. Inner: anything else is
                // retried a few times and then goes to the error queue; a transient fault passes straight through it.
                endpoint.UseMessageRetry(r =>
                {
                    r.Handle<Exception>(TransientFaults.Is);
                    r.Exponential(retry.TransientLimit, retry.TransientMinInterval, retry.TransientMaxInterval, retry.TransientMinInterval);
                });
                endpoint.UseMessageRetry(r =>
                {
                    r.Ignore<Exception>(TransientFaults.Is);
                    r.Intervals(retry.Intervals);
                });
            });
            configure(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(connectionString));
                rabbit.ConfigureEndpoints(context);
            });
        });

        // The bus connects in the background, so a service starts while RabbitMQ is down; /health says ready only once
        // the bus is connected and its consumers are bound, so nothing published after that misses a queue.
        builder.Services.AddOptions<MassTransitHostOptions>().Configure(options =>
        {
            options.WaitUntilStarted = false;
            options.StartTimeout = TimeSpan.FromSeconds(60);
            options.StopTimeout = TimeSpan.FromSeconds(30);
        });
        return builder;
    }
}
