using Recruitment.Testing;

namespace Recruitment.EndToEnd.Tests;

/// <summary>
/// The whole system in one test process: the four services and the gateway on real Kestrel ports, talking over a real
/// RabbitMQ virtual host and a real PostgreSQL database of their own. One per test class.
/// </summary>
public class SystemFixture : IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _hosts = [];

    public TestEnvironment Environment { get; private set; } = null!;

    /// <summary>Where the clock starts: before the sample vacancies' deadline (22 June 2025).</summary>
    public static readonly DateTimeOffset Start = new(2025, 6, 1, 10, 0, 0, TimeSpan.Zero);

    public TestClock Clock { get; } = new(Start);

    public ServiceHost<global::Recruitment.Applications.Program> Applications { get; private set; } = null!;

    public ServiceHost<global::Recruitment.Screening.Program> Screening { get; private set; } = null!;

    public ServiceHost<global::Recruitment.DivisionSelection.Program> Divisions { get; private set; } = null!;

    public ServiceHost<global::Recruitment.SecurityClearance.Program> Clearances { get; private set; } = null!;

    public ServiceHost<global::Recruitment.Gateway.Program> Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Environment = await TestEnvironment.CreateAsync();

        // Consumers first, so that their queues are bound before anything is published.
        Screening = Add(new ServiceHost<global::Recruitment.Screening.Program>(Environment, Clock, new Dictionary<string, string?>
        {
            // The job asks the test clock what time it is; this is only how often it asks.
            ["Screening:DeadlineJobInterval"] = "00:00:00.200",
        }));
        var divisions = Divisions = Add(new ServiceHost<global::Recruitment.DivisionSelection.Program>(Environment, Clock));
        var clearances = Clearances = Add(new ServiceHost<global::Recruitment.SecurityClearance.Program>(Environment, Clock, new Dictionary<string, string?>
        {
            ["Clearance:ReminderJobInterval"] = "00:00:00.200",
        }));
        Applications = Add(new ServiceHost<global::Recruitment.Applications.Program>(Environment, Clock));
        await Task.WhenAll(
            Task.Run(() => Screening.Start()), Task.Run(() => divisions.Start()), Task.Run(() => clearances.Start()), Task.Run(() => Applications.Start()));

        Gateway = Add(new ServiceHost<global::Recruitment.Gateway.Program>(Environment, Clock, new Dictionary<string, string?>
        {
            ["ReverseProxy:Clusters:applications:Destinations:primary:Address"] = Applications.Address.ToString(),
            ["ReverseProxy:Clusters:screening:Destinations:primary:Address"] = Screening.Address.ToString(),
            ["ReverseProxy:Clusters:division-selection:Destinations:primary:Address"] = divisions.Address.ToString(),
            ["ReverseProxy:Clusters:security-clearance:Destinations:primary:Address"] = clearances.Address.ToString(),
            ["Gateway:WritesPerMinutePerApplicant"] = WritesPerMinutePerApplicant.ToString(System.Globalization.CultureInfo.InvariantCulture),
            // Every test class polls this one gateway from one address: the per-address limit is not what they test.
            ["Gateway:PermitsPerMinutePerClient"] = "1000000",
        }, Outside)).Start();
    }

    /// <summary>What lies outside the system, seen from the gateway's process (a trace collector): nothing by default.</summary>
    protected virtual void Outside(Microsoft.Extensions.DependencyInjection.IServiceCollection services)
    {
    }

    /// <summary>Lower than the default (60), so that a test reaches it quickly; above what any other test writes.</summary>
    public const int WritesPerMinutePerApplicant = 30;

    /// <summary>A client of the gateway, as a user of the system has one: real HTTP to a real port.</summary>
    public GatewayClient Client() => new(new HttpClient { BaseAddress = Gateway.Address });

    public async Task DisposeAsync()
    {
        for (var i = _hosts.Count - 1; i >= 0; i--)
        {
            await _hosts[i].DisposeAsync();
        }

        await Environment.DisposeAsync();
    }

    private T Add<T>(T host)
        where T : IAsyncDisposable
    {
        _hosts.Add(host);
        return host;
    }
}

/// <summary>
/// One running system for every test class that needs one: booting five hosts per class cost more than the tests.
/// The classes of the collection run one after another, so they share the test clock without racing for it; each
/// test uses vacancies, applicants and campaigns of its own.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SystemCollection : ICollectionFixture<SystemFixture>
{
    public const string Name = "system";
}
