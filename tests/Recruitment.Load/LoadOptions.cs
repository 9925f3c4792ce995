using System.Globalization;

namespace Recruitment.Load;

/// <summary>The command line: what to run, against which gateway and database, at what rate and for how long.</summary>
public sealed record LoadOptions(
    string Command, Uri Gateway, string Postgres, double Rate, TimeSpan Duration, TimeSpan Drain, IReadOnlyList<Fault> Faults)
{
    public static LoadOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
        }

        return new LoadOptions(
            args.FirstOrDefault() ?? "",
            new Uri(Value("--gateway", "http://127.0.0.1:5000")),
            Value("--postgres", "Host=127.0.0.1;Port=5433;Database=recruitment;Username=postgres;Password=postgres"),
            double.Parse(Value("--rate", "20"), CultureInfo.InvariantCulture),
            TimeSpan.FromMinutes(double.Parse(Value("--minutes", "15"), CultureInfo.InvariantCulture)),
            TimeSpan.FromMinutes(double.Parse(Value("--drain-minutes", "5"), CultureInfo.InvariantCulture)),
            args.Select((arg, i) => (arg, i)).Where(a => a.arg == "--fault" && a.i + 1 < args.Length)
                .Select(a => Fault.Parse(args[a.i + 1])).ToList());
    }
}
