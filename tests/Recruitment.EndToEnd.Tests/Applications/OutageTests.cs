using Npgsql;
using Recruitment.Testing;

namespace Recruitment.EndToEnd.Tests.Applications;

/// <summary>
/// While PostgreSQL is away, a request gets 503 problem details with Retry-After, never a 500, and nothing half done;
/// when it is back, the same request succeeds. A service started while PostgreSQL and RabbitMQ are both away comes up,
/// says it is alive but not ready, and becomes ready when they return.
/// </summary>
public sealed class OutageTests : IAsyncLifetime
{
    private TestEnvironment _environment = null!;
    private TcpProxy _postgres = null!;
    private ServiceHost<global::Recruitment.Applications.Program> _applications = null!;

    public async Task InitializeAsync()
    {
        _environment = await TestEnvironment.CreateAsync();
        var direct = new NpgsqlConnectionStringBuilder(_environment.Postgres);
        _postgres = new TcpProxy(direct.Host!, direct.Port);
        var throughProxy = new NpgsqlConnectionStringBuilder(_environment.Postgres) { Port = _postgres.Port, Timeout = 3 };
        _applications = new ServiceHost<global::Recruitment.Applications.Program>(_environment, TimeProvider.System, new Dictionary<string, string?>
        {
            ["ConnectionStrings:postgres"] = throughProxy.ConnectionString,
        }).Start();
    }

    [Fact]
    public async Task A_submission_whose_answer_was_lost_is_found_again_by_its_idempotency_key_after_a_restart_R4()
    {
        using var hr = await new GatewayClient(new HttpClient { BaseAddress = _applications.Address }).As("hr", "hr@example.org");
        var vacancy = await hr.PublishVacancy(deadline: "2099-06-22T23:59:00");
        var applicant = $"{Guid.NewGuid():N}@example.org";
        var key = Guid.NewGuid().ToString();
        var first = await SubmitAsync(_applications, applicant, vacancy, key);
        Assert.Equal(System.Net.HttpStatusCode.Created, first.StatusCode);

        // The service dies after committing, so the client never saw that answer; a new process serves the retry.
        await _applications.DisposeAsync();
        _applications = new ServiceHost<global::Recruitment.Applications.Program>(_environment, TimeProvider.System).Start();
        var retried = await SubmitAsync(_applications, applicant, vacancy, key);

        Assert.Equal(System.Net.HttpStatusCode.Created, retried.StatusCode);
        Assert.Equal(await ApplicationIdAsync(first), await ApplicationIdAsync(retried));
        var another = await SubmitAsync(_applications, applicant, vacancy, Guid.NewGuid().ToString());
        await GatewayClient.Problem(another, System.Net.HttpStatusCode.Conflict, "duplicate-application");
    }

    private static async Task<HttpResponseMessage> SubmitAsync(ServiceHost<global::Recruitment.Applications.Program> host, string applicant, string vacancy, string key)
    {
        var client = await new GatewayClient(new HttpClient { BaseAddress = host.Address }).As("applicant", applicant);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/applications") { Content = System.Net.Http.Json.JsonContent.Create(SampleApplications.Valid(vacancy)) };
        request.Headers.Add("Idempotency-Key", key);
        return await client.Http.SendAsync(request);
    }

    private static async Task<Guid> ApplicationIdAsync(HttpResponseMessage response) =>
        (await System.Net.Http.Json.HttpContentJsonExtensions.ReadFromJsonAsync<System.Text.Json.JsonElement>(response.Content)).GetProperty("applicationId").GetGuid();

    [Fact]
    public async Task A_service_started_while_the_database_and_the_broker_are_away_becomes_ready_when_they_return()
    {
        var broker = new UriBuilder(_environment.RabbitMq);
        await using var rabbit = new TcpProxy(broker.Host, broker.Port);
        await using var postgres = new TcpProxy(new NpgsqlConnectionStringBuilder(_environment.Postgres).Host!, new NpgsqlConnectionStringBuilder(_environment.Postgres).Port);
        postgres.Cut();
        rabbit.Cut();
        broker.Port = rabbit.Port;
        await using var screening = new ServiceHost<global::Recruitment.Screening.Program>(_environment, TimeProvider.System, new Dictionary<string, string?>
        {
            ["ConnectionStrings:postgres"] = new NpgsqlConnectionStringBuilder(_environment.Postgres) { Port = postgres.Port, Timeout = 3 }.ConnectionString,
            ["ConnectionStrings:rabbitmq"] = broker.Uri.ToString(),
        });
        screening.Start(waitUntilReady: false);

        using var probe = new HttpClient { BaseAddress = screening.Address };
        Assert.True((await probe.GetAsync("/alive")).IsSuccessStatusCode);
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, (await probe.GetAsync("/health")).StatusCode);

        postgres.Restore();
        rabbit.Restore();
        await screening.WaitUntilReadyAsync(TimeSpan.FromSeconds(120));
    }

    public async Task DisposeAsync()
    {
        await _applications.DisposeAsync();
        await _postgres.DisposeAsync();
        await _environment.DisposeAsync();
    }

    [Fact]
    public async Task A_request_while_the_database_is_away_is_503_with_retry_after_and_succeeds_once_it_is_back()
    {
        using var hr = await new GatewayClient(new HttpClient { BaseAddress = _applications.Address }).As("hr", "hr@example.org");
        var vacancy = SampleVacancies.NewId();

        _postgres.Cut();
        var refused = await hr.Post("/api/vacancies", SampleVacancies.Body(vacancy, deadline: "2099-06-22T23:59:00"));
        await GatewayClient.Problem(refused, System.Net.HttpStatusCode.ServiceUnavailable, "unavailable");
        Assert.NotNull(refused.Headers.RetryAfter);

        _postgres.Restore();
        await Eventually.True(async () =>
            (await hr.Post("/api/vacancies", SampleVacancies.Body(vacancy, deadline: "2099-06-22T23:59:00"))).StatusCode == System.Net.HttpStatusCode.Created,
            "the vacancy to be published once the database is back");
        Assert.Equal(vacancy, (await hr.Get($"/api/vacancies/{vacancy}")).GetProperty("id").GetString());
    }
}
