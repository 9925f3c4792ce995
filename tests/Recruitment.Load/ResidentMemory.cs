namespace Recruitment.Load;

/// <summary>Each service's resident memory, read from /proc for the pids `up` keeps in .data/pids.</summary>
public static class ResidentMemory
{
    public static IReadOnlyDictionary<string, double> Read(string pidDirectory)
    {
        var memory = new SortedDictionary<string, double>(StringComparer.Ordinal);
        if (!Directory.Exists(pidDirectory))
        {
            return memory;
        }

        foreach (var file in Directory.GetFiles(pidDirectory, "*.pid"))
        {
            var status = $"/proc/{File.ReadAllText(file).Trim()}/status";
            var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal)) : null;
            if (line is not null && long.TryParse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], out var kilobytes))
            {
                memory[Path.GetFileNameWithoutExtension(file)] = Math.Round(kilobytes / 1024.0, 1);
            }
        }

        return memory;
    }
}
