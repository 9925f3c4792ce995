using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Recruitment.ServiceDefaults.Errors;
using Recruitment.ServiceDefaults.OpenApi;

namespace Recruitment.Gateway;

/// <summary>
/// GET /openapi/v1.json at the gateway: the documents of the services behind it, as one. Clients see one API, so they
/// get one description; each service stays the author of its own part. Schemas of the same name that differ between
/// services are kept apart under the service's prefix.
/// </summary>
public sealed class CombinedApiDescription(IHttpClientFactory clients, IConfiguration configuration, TimeProvider clock, IServer server)
{
    private static readonly TimeSpan Freshness = TimeSpan.FromMinutes(1);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Json, DateTimeOffset At)? _cached;

    /// <summary>The combined document, or null when a service behind the gateway does not answer.</summary>
    public async Task<string?> GetAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Whoever waited here while another caller fetched takes that caller's document.
            if (Fresh() is { } fetched)
            {
                return fetched;
            }

            var documents = new List<(string Service, JsonObject Document)>();
            foreach (var (service, address) in DownstreamServices.All(configuration).Append((Own, Self())))
            {
                var document = await FetchAsync(new Uri(address, service == Own ? OwnDocumentPath : ApiDescription.DocumentPath), cancellationToken);
                if (document is null)
                {
                    return null;
                }

                documents.Add((service, document));
            }

            var json = Combine(documents).ToJsonString();
            _cached = (json, clock.GetUtcNow());
            return json;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The gateway's own endpoints (the privacy export gathers the services' parts), described like a service's.</summary>
    public const string Own = "gateway";

    public const string OwnDocumentPath = "/openapi/gateway/v1.json";

    /// <summary>Where this process listens, as a loopback address (a wildcard host is not one to call).</summary>
    private Uri Self()
    {
        var listening = BindingAddress.Parse(server.Features.Get<IServerAddressesFeature>()!.Addresses.First());
        var host = listening.Host is "+" or "*" or "0.0.0.0" or "[::]" ? "127.0.0.1" : listening.Host;
        return new UriBuilder(listening.Scheme, host, listening.Port).Uri;
    }

    private string? Fresh() => _cached is { } cached && clock.GetUtcNow() - cached.At < Freshness ? cached.Json : null;

    private async Task<JsonObject?> FetchAsync(Uri address, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await clients.CreateClient(nameof(CombinedApiDescription)).GetAsync(address, cancellationToken);
            return response.IsSuccessStatusCode ? JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken)) as JsonObject : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }

    public static JsonObject Combine(IReadOnlyList<(string Service, JsonObject Document)> documents)
    {
        var paths = new JsonObject();
        var schemas = new JsonObject();
        var securitySchemes = new JsonObject();
        var tags = new JsonArray();
        foreach (var (service, original) in documents)
        {
            var document = KeepApart(service, original, schemas);
            foreach (var (path, operations) in document["paths"]?.AsObject() ?? [])
            {
                var combined = paths[path]?.AsObject() ?? (JsonObject)(paths[path] = new JsonObject());
                foreach (var (method, operation) in operations!.AsObject())
                {
                    // /dev/token is in every service's document in Development; the gateway serves one.
                    combined[method] ??= operation!.DeepClone();
                }
            }

            foreach (var (name, schema) in document["components"]?["schemas"]?.AsObject() ?? [])
            {
                schemas[name] ??= schema!.DeepClone();
            }

            foreach (var (name, scheme) in document["components"]?["securitySchemes"]?.AsObject() ?? [])
            {
                securitySchemes[name] ??= scheme!.DeepClone();
            }

            foreach (var tag in document["tags"]?.AsArray() ?? [])
            {
                if (!tags.Any(t => t?["name"]?.GetValue<string>() == tag?["name"]?.GetValue<string>()))
                {
                    tags.Add(tag!.DeepClone());
                }
            }
        }

        return new JsonObject
        {
            ["openapi"] = documents.Count > 0 ? documents[0].Document["openapi"]?.DeepClone() : "3.1.1",
            ["info"] = new JsonObject
            {
                ["title"] = "Recruitment",
                ["version"] = ApiDescription.DocumentName,
                ["description"] = "The recruitment pipeline's public API, as the gateway serves it. Errors are problem details (RFC 9457) "
                    + "with a stable `code` and a title in the caller's language (`Accept-Language: en` or `fr`). Lists are paged: `limit` "
                    + "(default 50, at most 500) and the next page in a `Link` header (RFC 8288).",
            },
            ["paths"] = paths,
            ["components"] = new JsonObject { ["schemas"] = schemas, ["securitySchemes"] = securitySchemes },
            ["tags"] = tags,
        };
    }

    /// <summary>
    /// The service's document with each schema that another service already named differently renamed to
    /// "{service}.{name}", and every reference to it with it.
    /// </summary>
    private static JsonObject KeepApart(string service, JsonObject document, JsonObject schemasSoFar)
    {
        // A schema that refers to a renamed one changes too, so renaming goes on until nothing more differs.
        var original = document.ToJsonString();
        var renamed = new HashSet<string>();
        while (true)
        {
            var text = renamed.Aggregate(original, (json, name) =>
                json.Replace($"\"#/components/schemas/{name}\"", $"\"#/components/schemas/{service}.{name}\"", StringComparison.Ordinal));
            var candidate = (JsonObject)JsonNode.Parse(text)!;
            var schemas = candidate["components"]?["schemas"] as JsonObject;
            var differing = (schemas ?? [])
                .Where(s => !renamed.Contains(s.Key) && schemasSoFar[s.Key] is { } existing && !JsonNode.DeepEquals(existing, s.Value))
                .Select(s => s.Key)
                .ToList();
            if (differing.Count == 0)
            {
                foreach (var name in renamed)
                {
                    var schema = schemas![name]!.DeepClone();
                    schemas.Remove(name);
                    schemas[$"{service}.{name}"] = schema;
                }

                return candidate;
            }

            renamed.UnionWith(differing);
        }
    }

    public static void Map(WebApplication app)
    {
        // A literal route, first in order: it wins over the /openapi/{documentName}.json that every process maps for its own.
        app.MapGet(ApiDescription.DocumentPath, async (CombinedApiDescription description, CancellationToken cancellationToken) =>
                await description.GetAsync(cancellationToken) is { } json
                    ? Results.Text(json, "application/json")
                    : Problems.Of(ProblemCodes.Unavailable))
            .AllowAnonymous()
            .ExcludeFromDescription()
            .WithOrder(-1);
        app.MapOpenApi("/openapi/gateway/{documentName}.json").AllowAnonymous().ExcludeFromDescription();
    }
}
