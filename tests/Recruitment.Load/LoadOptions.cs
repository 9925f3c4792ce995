using System.Globalization;

namespace Recruitment.Load;

/// <summary>The command line: what to run, against which gateway and servers, at what rates and for how long.</summary>
public sealed record LoadOptions(
    string Command, Uri Gateway, string Postgres, Uri RabbitMq, double Rate, TimeSpan Duration, TimeSpan Drain, IReadOnlyList<Fault> Faults,
    IReadOnlyList<double> Rates, double Saturation, double PhaseSeconds, double WarmUpSeconds, int SurgeSize, long Stored, int OneHopMessages, string PidDirectory, string Output,
    string ClockFile, int Candidates)
{
    public static LoadOptions Parse(string[] args)
    {
        string Value(string name, string fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length ? args[index + 1] : fallback;
        }

        double Number(string name, string fallback) => double.Parse(Value(name, fallback), CultureInfo.InvariantCulture);

        var command = args.FirstOrDefault() ?? "";
        return new LoadOptions(
            command,
            new Uri(Value("--gateway", "http://127.0.0.1:5000")),
            Value("--postgres", "Host=127.0.0.1;Port=5433;Database=recruitment;Username=postgres;Password=postgres"),
            new Uri(Value("--rabbitmq", "amqp://guest:guest@127.0.0.1:5673/")),
            Number("--rate", "20"),
            TimeSpan.FromMinutes(Number("--minutes", "15")),
            TimeSpan.FromMinutes(Number("--drain-minutes", command == "bench" ? "3" : "5")),
            args.Select((arg, i) => (arg, i)).Where(a => a.arg == "--fault" && a.i + 1 < args.Length)
                .Select(a => Fault.Parse(args[a.i + 1])).ToList(),
            Value("--rates", "50,100").Split(',').Select(r => double.Parse(r, CultureInfo.InvariantCulture)).ToList(),
            Number("--saturation", "300"),
            Number("--seconds", "20"),
            Number("--warm-up", "15"),
            (int)Number("--surge", "10000"),
            (long)Number("--stored", "0"),
            (int)Number("--one-hop", "5000"),
            Value("--pids", ".data/pids"),
            Value("--output", ".data/bench"),
            Value("--clock", ".data/clock"),
            (int)Number("--candidates", "300"));
    }
}
