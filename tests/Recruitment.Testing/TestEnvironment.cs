using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Npgsql;

namespace Recruitment.Testing;

/// <summary>
/// A database and a RabbitMQ virtual host of one fixture's own, so that fixtures running side by side never see each
/// other's data or messages. Dropped again when the fixture ends.
/// </summary>
public sealed class TestEnvironment : IAsyncDisposable
{
    private readonly TestServers _servers;
    private readonly string _name;

    private TestEnvironment(TestServers servers, string name, string postgres, Uri rabbitMq)
    {
        _servers = servers;
        _name = name;
        Postgres = postgres;
        RabbitMq = rabbitMq;
    }

    public string Postgres { get; }

    public Uri RabbitMq { get; }

    /// <summary>The environment's own token signing key, shared by its hosts as by a deployment's processes.</summary>
    public string SigningKey { get; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));

    public string SubjectKey { get; } = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));

    public static async Task<TestEnvironment> CreateAsync()
    {
        var servers = await TestServers.GetAsync();
        var name = $"t{Guid.NewGuid():N}"[..20];

        await using (var admin = new NpgsqlConnection(servers.Postgres))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var postgres = new NpgsqlConnectionStringBuilder(servers.Postgres) { Database = name, MaxPoolSize = 40 }.ConnectionString;
        var rabbit = servers.RabbitMq;
        if (servers.RabbitMqManagement is { } management)
        {
            using var http = ManagementClient(management);
            (await http.PutAsync($"api/vhosts/{name}", null)).EnsureSuccessStatusCode();
            var user = Uri.UnescapeDataString(rabbit.UserInfo.Split(':')[0]);
            (await http.PutAsJsonAsync($"api/permissions/{name}/{user}", new { configure = ".*", write = ".*", read = ".*" })).EnsureSuccessStatusCode();
            rabbit = new UriBuilder(rabbit) { Path = "/" + name }.Uri;
        }

        return new TestEnvironment(servers, name, postgres, rabbit);
    }

    /// <summary>The RabbitMQ management API, scoped to this environment's virtual host (null where the servers have none).</summary>
    public async Task<System.Text.Json.JsonElement?> QueueAsync(string queue)
    {
        if (_servers.RabbitMqManagement is not { } management)
        {
            return null;
        }

        using var http = ManagementClient(management);
        using var response = await http.GetAsync($"api/queues/{_name}/{Uri.EscapeDataString(queue)}");
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using (var admin = new NpgsqlConnection(_servers.Postgres))
        {
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        if (_servers.RabbitMqManagement is { } management)
        {
            using var http = ManagementClient(management);
            await http.DeleteAsync($"api/vhosts/{_name}");
        }
    }

    private static HttpClient ManagementClient(Uri management)
    {
        var client = new HttpClient { BaseAddress = new UriBuilder(management) { UserName = "", Password = "" }.Uri };
        var credentials = Encoding.UTF8.GetBytes(Uri.UnescapeDataString(management.UserInfo));
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(credentials));
        return client;
    }
}
