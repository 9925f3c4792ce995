using Microsoft.Extensions.Logging.Abstractions;

namespace Recruitment.EventSourcing.Tests;

/// <summary>
/// A deadline is acted on when it passes (R13): a job that knows its next due instant wakes then, not at its next tick,
/// and without one it keeps to its interval.
/// </summary>
public sealed class PeriodicJobTests
{
    private static readonly TimeSpan AnHour = TimeSpan.FromHours(1);

    [Fact]
    public async Task A_job_wakes_when_its_next_item_falls_due_rather_than_at_its_interval()
    {
        using var job = new CountingJob(AnHour, TimeProvider.System, () => TimeProvider.System.GetUtcNow().AddMilliseconds(300));
        await job.StartAsync(CancellationToken.None);

        var ran = await Task.WhenAny(job.FirstRun, Task.Delay(TimeSpan.FromSeconds(30)));
        await job.StopAsync(CancellationToken.None);

        Assert.Same(job.FirstRun, ran);
    }

    [Fact]
    public async Task A_job_with_nothing_due_sleeps_its_interval()
    {
        using var job = new CountingJob(AnHour, TimeProvider.System, () => null);
        await job.StartAsync(CancellationToken.None);

        await Task.Delay(TimeSpan.FromSeconds(1));
        await job.StopAsync(CancellationToken.None);

        Assert.Equal(0, job.Runs);
    }

    [Fact]
    public async Task A_due_instant_beyond_the_interval_waits_no_longer_than_the_interval()
    {
        using var job = new CountingJob(TimeSpan.FromMilliseconds(200), TimeProvider.System, () => TimeProvider.System.GetUtcNow().AddDays(30));
        await job.StartAsync(CancellationToken.None);

        var ran = await Task.WhenAny(job.FirstRun, Task.Delay(TimeSpan.FromSeconds(30)));
        await job.StopAsync(CancellationToken.None);

        Assert.Same(job.FirstRun, ran);
    }

    private sealed class CountingJob(TimeSpan interval, TimeProvider clock, Func<DateTimeOffset?> nextDue)
        : PeriodicJob(NullLogger.Instance, interval, clock)
    {
        private readonly TaskCompletionSource _firstRun = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _runs;

        public Task FirstRun => _firstRun.Task;

        public int Runs => Volatile.Read(ref _runs);

        public override Task<int> RunOnceAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _runs);
            _firstRun.TrySetResult();
            return Task.FromResult(0);
        }

        protected override Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken) => Task.FromResult(nextDue());
    }
}
