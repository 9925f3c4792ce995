using System.Globalization;

namespace Recruitment.ServiceDefaults;

/// <summary>
/// Development only: a clock every process of one machine shares through a file ("Clock:File", `up` sets
/// .data/clock), so that a person or `./recruitment.sh demo` can move the whole running system forward — past a
/// deadline, months on to a clearance — without restarting it. The file holds how far ahead of the real time the
/// system is (an invariant TimeSpan, e.g. "10.02:00:00"), read at start and again every second; once running, a
/// process's clock only moves forward, so deadlines passed and reminders sent stay in the past.
/// </summary>
public sealed class DevelopmentClock : TimeProvider, IDisposable
{
    private readonly string _file;
    private readonly Timer _timer;
    private long _shiftTicks;

    public DevelopmentClock(string file)
    {
        _file = file;
        _shiftTicks = ShiftOf(file).Ticks;
        _timer = new Timer(_ => MoveForward(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _shiftTicks));

    /// <summary>Moves every process that reads <paramref name="file"/> to <paramref name="now"/> (never backwards).</summary>
    public static void MoveTo(string file, DateTimeOffset now)
    {
        var shift = now - System.GetUtcNow();
        File.WriteAllText(file + ".tmp", shift.ToString("c", CultureInfo.InvariantCulture));
        File.Move(file + ".tmp", file, overwrite: true);
    }

    /// <summary>What time the processes reading <paramref name="file"/> think it is.</summary>
    public static DateTimeOffset Now(string file) => System.GetUtcNow() + ShiftOf(file);

    /// <summary>How far ahead of the real time the processes reading <paramref name="file"/> run.</summary>
    public static TimeSpan ShiftOf(string file) => ShiftIn(file) ?? TimeSpan.Zero;

    public void Dispose() => _timer.Dispose();

    private void MoveForward()
    {
        // Only forward: whatever the file says, the clock of a running process never runs backwards.
        if (ShiftIn(_file) is not { } shift)
        {
            return;
        }

        long current;
        while (shift.Ticks > (current = Interlocked.Read(ref _shiftTicks)) && Interlocked.CompareExchange(ref _shiftTicks, shift.Ticks, current) != current)
        {
        }
    }

    private static TimeSpan? ShiftIn(string file)
    {
        try
        {
            return File.Exists(file) && TimeSpan.TryParse(File.ReadAllText(file).Trim(), CultureInfo.InvariantCulture, out var shift) ? shift : null;
        }
        catch (IOException)
        {
            // Being replaced right now: read again at the next tick.
            return null;
        }
    }
}
