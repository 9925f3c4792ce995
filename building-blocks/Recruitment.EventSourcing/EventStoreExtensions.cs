using System.Text.Json.Serialization;
using JasperFx;
using JasperFx.Events.Daemon;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Weasel.Core;

namespace Recruitment.EventSourcing;

public static class EventStoreExtensions
{
    public const string ConnectionStringName = "postgres";

    /// <summary>
    /// Marten as every service uses it: the service's own schema, events carrying correlation and causation ids,
    /// sessions that stamp them, the async daemon (HotCold unless configured), and the outbox that forwards the
    /// events named in <paramref name="outbox"/> to RabbitMQ.
    /// </summary>
    public static MartenServiceCollectionExtensions.MartenConfigurationExpression AddEventStore(
        this IHostApplicationBuilder builder,
        string schema,
        Action<StoreOptions> configure,
        Action<OutboxMap>? outbox = null)
    {
        var connectionString = builder.Configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is not configured.");
        var daemonMode = builder.Configuration.GetValue("EventStore:DaemonMode", DaemonMode.HotCold);

        // Two defaults of ours; a connection string that sets either keeps its own value.
        var dataSourceBuilder = new NpgsqlDataSourceBuilder(connectionString) { Name = schema };
        var written = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(keyword => keyword.Replace(" ", "", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        bool Unset(string keyword) => !written.Contains(keyword);

        // Every cycle runs the same few dozen statements (appends, snapshot upserts, processed-message records): prepared
        // once per connection, PostgreSQL stops parsing and planning them each time.
        if (Unset("MaxAutoPrepare"))
        {
            dataSourceBuilder.ConnectionStringBuilder.MaxAutoPrepare = 100;
        }

        // A connection goes back to the pool a dozen times per cycle, and resetting it is seven statements for
        // PostgreSQL each time. Nothing of ours leaves state on a pooled connection: every transaction ends before
        // its connection returns, and the session-level advisory locks (schema setup, the daemon's leader lock) are
        // released explicitly or die with their connection.
        if (Unset("NoResetOnClose"))
        {
            dataSourceBuilder.ConnectionStringBuilder.NoResetOnClose = true;
        }

        var dataSource = dataSourceBuilder
            .ConfigureTracing(tracing => tracing.ConfigureCommandFilter(command => !command.CommandText.StartsWith("select 1", StringComparison.OrdinalIgnoreCase)))
            .Build();
        builder.Services.AddSingleton(dataSource);

        // A redelivery comes within minutes or hours (a broker or consumer restart); a week covers it many times over.
        builder.Services.AddRetention<ProcessedMessage>("ProcessedMessages", TimeSpan.FromDays(7), cutoff => m => m.ProcessedAt < cutoff);

        var map = new OutboxMap();
        outbox?.Invoke(map);
        builder.Services.AddSingleton(map);

        var marten = builder.Services.AddMarten(options =>
            {
                options.Connection(dataSource);
                options.DatabaseSchemaName = schema;
                options.Events.DatabaseSchemaName = schema;
                options.Events.MetadataConfig.CorrelationIdEnabled = true;
                options.Events.MetadataConfig.CausationIdEnabled = true;
                options.Events.MetadataConfig.HeadersEnabled = true;
                options.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase,
                    json => json.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.KebabCaseLower)));
                options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;

                // Services share a database: each daemon needs its own leader lock, or one service's leader would
                // keep every other service's projections and outbox from running.
                options.Projections.DaemonLockId = StableLockId(schema);

                // The daemon polls for new events: every 100 ms while they flow, every 250 ms when idle, so a hop
                // through the outbox waits a fraction of a second. Not LISTEN/NOTIFY: PostgreSQL serialises the
                // commits of notifying transactions on one lock, and the four services share the channel, so each
                // append woke four high-water queries — measured: fewer cycles per second at saturation than polling.
                options.Projections.FastPollingTime = builder.Configuration.GetValue("EventStore:FastPollingTime", TimeSpan.FromMilliseconds(100));
                options.Projections.SlowPollingTime = builder.Configuration.GetValue("EventStore:SlowPollingTime", TimeSpan.FromMilliseconds(250));
                options.Events.UseListenNotifyForEventAppends = builder.Configuration.GetValue("EventStore:ListenNotify", false);

                // A gap in the event sequence is either an append still committing or one rolled back. Skipped too
                // early, a late commit is never forwarded; waited for too long, the flow pauses. Our consumers no
                // longer race on a stream (ApplicationPartitioning), so a rolled-back append is rare (a crash, a
                // duplicate delivery) and a longer wait costs little, while any append commits well within it.
                options.Projections.StaleSequenceThreshold = builder.Configuration.GetValue("EventStore:StaleSequenceThreshold", TimeSpan.FromSeconds(5));
                options.Schema.For<ProcessedMessage>().Identity(m => m.Id).Duplicate(m => m.ProcessedAt);
                configure(options);
            })
            .BuildSessionsWith<CorrelatedSessionFactory>()
            .AddAsyncDaemon(daemonMode);

        builder.Services.ConfigureMarten((services, options) =>
            options.Logger(new EventStoreLogger(services.GetRequiredService<Microsoft.Extensions.Logging.ILogger<IDocumentStore>>())));

        if (map.EventTypes.Count > 0)
        {
            marten.AddSubscriptionWithServices<OutboxForwarder>(ServiceLifetime.Singleton, subscription =>
            {
                foreach (var type in map.EventTypes)
                {
                    subscription.IncludeType(type);
                }
            });
        }

        if (daemonMode != DaemonMode.Disabled)
        {
            builder.Services.AddHostedService<DaemonWatchdog>();
        }

        builder.Services.AddSingleton<EventStoreSetup>();
        builder.Services.AddHostedService(services => services.GetRequiredService<EventStoreSetup>());
        builder.Services.AddHealthChecks().AddNpgSql();
        return marten;
    }

    /// <summary>The same number for the same schema on every node and every start (string.GetHashCode is per process).</summary>
    internal static int StableLockId(string schema)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"recruitment-daemon:{schema}"));
        return BitConverter.ToInt32(hash, 0) & int.MaxValue;
    }
}
