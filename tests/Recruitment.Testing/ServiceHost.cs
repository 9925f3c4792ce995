using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Recruitment.Testing;

/// <summary>
/// One of the system's processes, hosted in the test process on real Kestrel (real HTTP on a loopback port) with the
/// fixture's own database and virtual host, in Development, and with the clock the test controls.
/// </summary>
public sealed class ServiceHost<TProgram> : WebApplicationFactory<TProgram>
    where TProgram : class
{
    private readonly TestEnvironment _environment;
    private readonly TimeProvider _clock;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="services">Stands in for what lies outside the system (a mail server), never for its own parts.</param>
    public ServiceHost(TestEnvironment environment, TimeProvider clock, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _environment = environment;
        _clock = clock;
        _settings = settings ?? new Dictionary<string, string?>();
        _services = services;
        Port = LocalServers.FreePort();
        UseKestrel(Port);
    }

    private static readonly object StartGate = new();

    public int Port { get; }

    public Uri Address => new($"http://127.0.0.1:{Port}");

    /// <summary>
    /// Starts the host now (by default it starts on first use) and, unless told otherwise, waits until it says it is
    /// ready: its database set up, its bus connected and its consumers bound.
    /// </summary>
    public ServiceHost<TProgram> Start(bool waitUntilReady = true)
    {
        // One host is built at a time in this process: the factory finds the host a Program builds by listening to
        // every host built in the process, and two started at once can each catch the other's (seen as "Addresses
        // cannot be modified after the server has started" when test classes started hosts in parallel).
        lock (StartGate)
        {
            StartServer();
        }

        if (waitUntilReady)
        {
            WaitUntilReadyAsync().GetAwaiter().GetResult();
        }

        return this;
    }

    public async Task WaitUntilReadyAsync(TimeSpan? timeout = null)
    {
        using var client = new HttpClient { BaseAddress = Address };
        await Eventually.Get(async () =>
        {
            try
            {
                using var response = await client.GetAsync("/health");
                return $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
            }
            catch (HttpRequestException exception)
            {
                return exception.Message;
            }
        }, health => health.StartsWith("200", StringComparison.Ordinal), $"{typeof(TProgram).Namespace} to be ready", timeout ?? TimeSpan.FromSeconds(90));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_settings.TryGetValue("Environment", out var environment) && environment is not null ? environment : "Development");
        builder.UseSetting("ConnectionStrings:postgres", _environment.Postgres);
        builder.UseSetting("ConnectionStrings:rabbitmq", _environment.RabbitMq.ToString());
        builder.UseSetting("Auth:SigningKey", _environment.SigningKey);
        builder.UseSetting("Privacy:SubjectKey", _environment.SubjectKey);
        builder.UseSetting("Messaging:Retry:Intervals:0", "00:00:00.050");
        builder.UseSetting("Messaging:Retry:Intervals:1", "00:00:00.200");
        builder.UseSetting("Messaging:Retry:Intervals:2", "00:00:01");
        builder.UseSetting("Messaging:Retry:Intervals:3", "00:00:03");

        // Retries of messages that arrive before what they refer to are expected in these tests; failures still show.
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:MassTransit", "Error");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(_clock);
            _services?.Invoke(services);
        });
    }
}
