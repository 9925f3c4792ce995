using Recruitment.ServiceDefaults;

namespace Recruitment.Applications.Tests.Development;

/// <summary>The clock `up` shares between its processes through a file, which the demo moves forward while they run.</summary>
public sealed class DevelopmentClockTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"clock-{Guid.NewGuid():N}");

    [Fact]
    public async Task Every_process_reading_the_file_moves_forward_with_it_and_never_back()
    {
        var start = new DateTimeOffset(2025, 6, 10, 9, 0, 0, TimeSpan.Zero);
        DevelopmentClock.MoveTo(_file, start);
        using var one = new DevelopmentClock(_file);
        using var other = new DevelopmentClock(_file);
        Assert.InRange(one.GetUtcNow(), start, start.AddMinutes(1));

        DevelopmentClock.MoveTo(_file, start.AddMonths(7));
        await WaitUntil(() => one.GetUtcNow() > start.AddMonths(7) && other.GetUtcNow() > start.AddMonths(7));

        DevelopmentClock.MoveTo(_file, start.AddDays(1));
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.True(one.GetUtcNow() > start.AddMonths(7), "A running process's clock went back.");
    }

    [Fact]
    public void Without_a_file_the_clock_is_the_real_one_and_the_load_tools_read_the_same_time_as_the_processes()
    {
        using (var clock = new DevelopmentClock(_file))
        {
            Assert.InRange(clock.GetUtcNow(), TimeProvider.System.GetUtcNow().AddSeconds(-5), TimeProvider.System.GetUtcNow().AddSeconds(5));
        }

        var later = TimeProvider.System.GetUtcNow().AddDays(400);
        DevelopmentClock.MoveTo(_file, later);
        using var process = new DevelopmentClock(_file);
        Assert.InRange(DevelopmentClock.Now(_file), later.AddSeconds(-5), later.AddSeconds(5));
        Assert.InRange(DevelopmentClock.Now(_file) - process.GetUtcNow(), TimeSpan.FromSeconds(-5), TimeSpan.FromSeconds(5));
    }

    public void Dispose() => File.Delete(_file);

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 50 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition());
    }
}
