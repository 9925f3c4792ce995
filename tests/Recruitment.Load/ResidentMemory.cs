namespace Recruitment.Load;

/// <summary>
/// Each service's memory, read from /proc for the pids `up` keeps in .data/pids: resident (RSS, what the target is set
/// on) and its proportional share (PSS), which counts the .NET runtime's and framework's pages — about 80 MB, mapped by
/// all five processes — once between them instead of once in each.
/// </summary>
public static class ResidentMemory
{
    public static IReadOnlyDictionary<string, double> Read(string pidDirectory) => ReadField(pidDirectory, "status", "VmRSS:");

    public static IReadOnlyDictionary<string, double> ReadProportional(string pidDirectory) => ReadField(pidDirectory, "smaps_rollup", "Pss:");

    private static SortedDictionary<string, double> ReadField(string pidDirectory, string file, string field)
    {
        var memory = new SortedDictionary<string, double>(StringComparer.Ordinal);
        if (!Directory.Exists(pidDirectory))
        {
            return memory;
        }

        foreach (var pid in Directory.GetFiles(pidDirectory, "*.pid"))
        {
            var path = $"/proc/{File.ReadAllText(pid).Trim()}/{file}";
            var line = File.Exists(path) ? File.ReadLines(path).FirstOrDefault(l => l.StartsWith(field, StringComparison.Ordinal)) : null;
            if (line is not null && long.TryParse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], out var kilobytes))
            {
                memory[Path.GetFileNameWithoutExtension(pid)] = Math.Round(kilobytes / 1024.0, 1);
            }
        }

        return memory;
    }
}
