using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Recruitment.EndToEnd.Tests;

/// <summary>
/// The gateway describes the whole API at /openapi/v1.json: every endpoint of ../shared/gateway-contract.md is in it,
/// read from the contract itself, so that a new line there fails here until it is built.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed partial class ApiDescriptionTests(SystemFixture system)
{
    /// <summary>Endpoints of the contract that belong to issues not yet built; each must leave this list when it is.</summary>
    private static readonly Dictionary<string, string> NotYetBuilt = [];

    [Fact]
    public async Task Every_endpoint_of_the_contract_is_in_the_combined_document()
    {
        using var client = system.Client();
        var document = await client.Get("/openapi/v1.json");
        var described = Operations(document);

        var contract = ContractEndpoints();
        Assert.True(contract.Count >= 25, $"Only {contract.Count} endpoints were read from the contract; has its format changed?");
        var missing = contract.Where(endpoint => !described.Contains(endpoint) && !NotYetBuilt.ContainsKey(endpoint)).ToList();
        Assert.True(missing.Count == 0, "Missing from /openapi/v1.json: " + string.Join(", ", missing));

        var built = NotYetBuilt.Keys.Where(described.Contains).ToList();
        Assert.True(built.Count == 0, "Built now, so take them off NotYetBuilt: " + string.Join(", ", built));
    }

    [Fact]
    public async Task The_document_names_the_bearer_scheme_the_problem_codes_and_the_response_bodies()
    {
        using var client = system.Client();
        var document = await client.Get("/openapi/v1.json");

        Assert.Equal("http", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("bearer").GetProperty("type").GetString());
        var submit = document.GetProperty("paths").GetProperty("/api/applications").GetProperty("post");
        Assert.True(submit.TryGetProperty("security", out _));
        var responses = submit.GetProperty("responses");
        Assert.True(responses.GetProperty("201").GetProperty("content").GetProperty("application/json").TryGetProperty("schema", out _));
        var conflicts = responses.GetProperty("409").GetProperty("description").GetString();
        Assert.Contains("`application-limit`", conflicts);
        Assert.Contains("`duplicate-application`", conflicts);
        Assert.Contains("`deadline-passed`", conflicts);
        Assert.Contains("vacancyId", submit.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("example").ToString());

        // The open vacancies are public: no bearer scheme on them.
        Assert.False(document.GetProperty("paths").GetProperty("/api/vacancies").GetProperty("get").TryGetProperty("security", out _));
        Assert.Contains(document.GetProperty("components").GetProperty("schemas").EnumerateObject(),
            schema => schema.Name == "ProblemDetails" && schema.Value.GetProperty("properties").TryGetProperty("code", out _));
    }

    [Fact]
    public async Task Scalar_shows_the_document()
    {
        using var client = system.Client();
        var response = await client.Http.GetAsync("/scalar");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("openapi/v1.json", await response.Content.ReadAsStringAsync());
    }

    private static HashSet<string> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(operation => $"{operation.Name.ToUpperInvariant()} {Normalise(path.Name)}"))
            .ToHashSet();

    /// <summary>"METHOD /path" for each endpoint under /api in the contract, with parameter names left out.</summary>
    private static List<string> ContractEndpoints()
    {
        var text = File.ReadAllText(ContractPath());
        var endpoints = new List<string>();
        foreach (Match match in Endpoint().Matches(text))
        {
            var path = match.Groups["path"].Value.Split('?')[0];
            endpoints.Add($"{match.Groups["method"].Value} {Normalise(path)}");

            // "`POST /api/applications/{id}/offer/accept` and `/offer/decline`": the second is relative to the first.
            if (match.Groups["sibling"].Success)
            {
                var sibling = match.Groups["sibling"].Value;
                var segments = path.Split('/');
                var parent = string.Join('/', segments[..^(sibling.Count(c => c == '/'))]);
                endpoints.Add($"{match.Groups["method"].Value} {Normalise(parent + sibling)}");
            }
        }

        return endpoints.Distinct().ToList();
    }

    private static string ContractPath()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Recruitment.sln")))
            {
                var contract = Path.Combine(directory.FullName, "..", "shared", "gateway-contract.md");
                Assert.True(File.Exists(contract), $"The contract is not at {contract}: the repository's sibling ../shared is needed.");
                return contract;
            }
        }

        throw new InvalidOperationException("The repository root (Recruitment.sln) is not above " + AppContext.BaseDirectory);
    }

    private static string Normalise(string path) => Parameter().Replace(path, "{}");

    [GeneratedRegex(@"`(?<method>GET|POST|PUT|DELETE) (?<path>/api/[^`\s]+)`(?: and `(?<sibling>/[^`\s]+)`)?")]
    private static partial Regex Endpoint();

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Parameter();
}
