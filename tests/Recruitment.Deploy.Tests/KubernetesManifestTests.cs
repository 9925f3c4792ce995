using System.Diagnostics;
using Recruitment.Testing;

namespace Recruitment.Deploy.Tests;

/// <summary>
/// deploy/k8s as an operator applies it, with no cluster: Kustomize renders it (kubectl kustomize) and
/// deploy/k8s/validate checks every object against its schema (Kubernetes, CloudNativePG, RabbitMQ's cluster operator)
/// and what running it relies on (two replicas, probes, memory bounds, a Service and a disruption budget each).
/// </summary>
public sealed class KubernetesManifestTests
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "deploy", "k8s");

    [Fact]
    public async Task The_manifests_render_and_every_object_passes_its_schema_and_the_operational_checks()
    {
        var rendered = await Rendered();

        var (code, output) = await Validate(rendered);

        Assert.True(code == 0, output);
        Assert.Contains("21 manifests, 0 errors", output, StringComparison.Ordinal);
        foreach (var kind in new[] { "kind: Cluster", "kind: RabbitmqCluster", "kind: Ingress", "kind: PodDisruptionBudget", "kind: Secret" })
        {
            Assert.Contains(kind, rendered, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("replicas: 2", "replicas: two", "must be integer")]
    [InlineData("path: /health", "path: /healthz", "readiness probe is not GET /health")]
    [InlineData("  replicas: 3", "  replica: 3", "must NOT have additional properties")]
    [InlineData("  instances: 3", "  instances: \"3\"", "must be integer")]
    public async Task A_broken_manifest_is_refused(string good, string broken, string error)
    {
        var rendered = await Rendered();
        Assert.Contains(good, rendered, StringComparison.Ordinal);

        var (code, output) = await Validate(rendered.Replace(good, broken, StringComparison.Ordinal));

        Assert.Equal(1, code);
        Assert.Contains(error, output, StringComparison.Ordinal);
    }

    private static async Task<string> Rendered()
    {
        var (code, output) = await Run("kubectl", ["kustomize", Folder], null);
        Assert.True(code == 0, "kubectl kustomize failed: " + output);
        return output;
    }

    private static async Task<(int Code, string Output)> Validate(string rendered)
    {
        var validator = Path.Combine(Folder, "validate");
        if (!Directory.Exists(Path.Combine(validator, "node_modules")))
        {
            var (installed, log) = await Run("npm", ["ci", "--no-audit", "--no-fund", "--prefix", validator], null);
            Assert.True(installed == 0, "npm ci failed: " + log);
        }

        return await Run("node", [Path.Combine(validator, "validate.mjs")], rendered);
    }

    private static async Task<(int Code, string Output)> Run(string program, string[] arguments, string? input)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output + await errors);
    }
}
