using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Recruitment.Testing;

/// <summary>
/// Throwaway servers from the installed binaries, started by the same script ./recruitment.sh uses
/// (deploy/local/servers.sh): own ports, own data folder, removed when the test process ends.
/// </summary>
internal static class LocalServers
{
    public static async Task<TestServers> StartAsync()
    {
        var script = Path.Combine(RepositoryRoot.Path, "deploy", "local", "servers.sh");
        var folder = Directory.CreateTempSubdirectory("recruitment-test-");
        if (!OperatingSystem.IsWindows())
        {
            // The postgres user (servers run as it when the tests run as root) must reach its data folder.
            File.SetUnixFileMode(folder.FullName, (UnixFileMode)0b111_101_101);
        }
        int postgres = FreePort(), amqp = FreePort(), management = FreePort();

        // The test host may be killed rather than stopped, so a detached reaper stops the servers once it has gone.
        Process.Start(new ProcessStartInfo("setsid", ["bash", script, "reap", folder.FullName, $"{Environment.ProcessId}"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })?.Dispose();

        await RunAsync(script, "start", folder.FullName, $"{postgres}", $"{amqp}", $"{management}");
        return new TestServers(
            $"Host=127.0.0.1;Port={postgres};Username=postgres;Password=postgres",
            new Uri($"amqp://guest:guest@127.0.0.1:{amqp}/"),
            new Uri($"http://guest:guest@127.0.0.1:{management}/"),
            "local");
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task RunAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash", [script, .. arguments]) { RedirectStandardError = true, RedirectStandardOutput = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not run {script}.");
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} {string.Join(' ', arguments)} failed ({process.ExitCode}): {await error}");
        }
    }
}
