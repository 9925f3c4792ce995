using System.Diagnostics;

namespace Recruitment.Load;

/// <summary>A fault the chaos run causes: a name for the table and the shell command that causes it.</summary>
public sealed record Fault(string Name, string Command)
{
    public static Fault Parse(string text) =>
        text.IndexOf('=', StringComparison.Ordinal) is var at and > 0
            ? new Fault(text[..at], text[(at + 1)..])
            : throw new ArgumentException($"A fault is NAME=COMMAND, not '{text}'.");

    /// <summary>Runs the command to its end (a restart included) and says when it started and ended.</summary>
    public async Task<(DateTimeOffset Started, DateTimeOffset Ended, int ExitCode)> CauseAsync()
    {
        var started = DateTimeOffset.UtcNow;
        using var process = Process.Start(new ProcessStartInfo("/bin/bash", ["-c", Command]) { RedirectStandardOutput = false })!;
        await process.WaitForExitAsync();
        return (started, DateTimeOffset.UtcNow, process.ExitCode);
    }
}
