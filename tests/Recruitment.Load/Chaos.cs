using System.Collections.Concurrent;
using Npgsql;

namespace Recruitment.Load;

/// <summary>
/// The faults of a chaos run, one at a time at even intervals during the load, and what each did to the flow: how long
/// no outcome was recorded after it began (the pause), and of the submissions accepted from its start to the next
/// fault's, how many completed, were lost, or were screened more than once in effect.
/// </summary>
public static class Chaos
{
    public sealed record Caused(Fault Fault, DateTimeOffset Started, DateTimeOffset Ended, int ExitCode);

    public sealed record Report(int Duplicated);

    public static async Task<IReadOnlyList<Caused>> RunAsync(IReadOnlyList<Fault> faults, TimeSpan duration)
    {
        var caused = new List<Caused>();
        var start = DateTimeOffset.UtcNow;
        for (var i = 0; i < faults.Count; i++)
        {
            var due = start + duration * (i + 1) / (faults.Count + 1);
            if (due > DateTimeOffset.UtcNow)
            {
                await Task.Delay(due - DateTimeOffset.UtcNow);
            }

            Console.WriteLine($"  fault: {faults[i].Name}");
            var (started, ended, exitCode) = await faults[i].CauseAsync();
            caused.Add(new Caused(faults[i], started, ended, exitCode));
        }

        return caused;
    }

    public static async Task<Report> ReportAsync(
        NpgsqlDataSource database, IReadOnlyList<Caused> caused, ConcurrentDictionary<Guid, DateTimeOffset> accepted, IReadOnlyDictionary<Guid, Outcome> cycles)
    {
        var completions = cycles.Values.Select(outcome => outcome.At).Order().ToList();
        var duplicated = await DuplicatedAsync(database, accepted.Keys.ToArray());

        Console.WriteLine();
        Console.WriteLine("| fault | pause | accepted | completed | lost | duplicated |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
        for (var i = 0; i < caused.Count; i++)
        {
            var from = caused[i].Started;
            var until = i + 1 < caused.Count ? caused[i + 1].Started : DateTimeOffset.MaxValue;
            var window = accepted.Where(a => a.Value >= from && a.Value < until).Select(a => a.Key).ToList();
            var completed = window.Count(cycles.ContainsKey);
            var pause = LongestGap(completions, from, until);
            var exit = caused[i].ExitCode == 0 ? "" : $" (command exit {caused[i].ExitCode})";
            Console.WriteLine($"| {caused[i].Fault.Name}{exit} | {pause.TotalSeconds:F1} s | {window.Count} | {completed} | {window.Count - completed} | {window.Count(duplicated.Contains)} |");
        }

        return new Report(duplicated.Count);
    }

    /// <summary>
    /// The longest stretch from <paramref name="from"/> in which no submission's outcome was recorded: up to the first
    /// outcome after <paramref name="until"/> if the flow had not resumed by then, and to the end of the run if it
    /// never did.
    /// </summary>
    private static TimeSpan LongestGap(IReadOnlyList<DateTimeOffset> completions, DateTimeOffset from, DateTimeOffset until)
    {
        var longest = TimeSpan.Zero;
        var previous = from;
        foreach (var at in completions.Where(c => c >= from))
        {
            longest = at - previous > longest ? at - previous : longest;
            previous = at;
            if (at >= until)
            {
                return longest;
            }
        }

        // The flow never resumed: the pause lasts to the end of the window, or of the run.
        var end = until < DateTimeOffset.UtcNow ? until : DateTimeOffset.UtcNow;
        return end - previous > longest ? end - previous : longest;
    }

    /// <summary>
    /// Applications screened more than once in effect: a second screening opened or judged in Screening, a second
    /// outcome or receipt recorded on the candidate's path.
    /// </summary>
    private static async Task<HashSet<Guid>> DuplicatedAsync(NpgsqlDataSource database, Guid[] ids)
    {
        await using var command = database.CreateCommand(
            "SELECT stream_id FROM screening.mt_events WHERE stream_id = ANY($1) AND type IN ('screening_opened', 'eligibility_assessed') " +
            "GROUP BY stream_id, type HAVING count(*) > 1 UNION " +
            "SELECT stream_id FROM applications.mt_events WHERE stream_id = ANY($1) AND type IN ('eligibility_reported', 'notification_recorded') " +
            "GROUP BY stream_id, type HAVING count(*) > 1");
        command.Parameters.Add(new NpgsqlParameter { Value = ids });
        var duplicated = new HashSet<Guid>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            duplicated.Add(reader.GetGuid(0));
        }

        return duplicated;
    }
}
