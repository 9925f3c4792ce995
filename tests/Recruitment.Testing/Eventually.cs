namespace Recruitment.Testing;

/// <summary>
/// Waits for something that crosses RabbitMQ to show up. It polls until the condition holds or the time is up,
/// then fails with what it last saw: the wait bounds the test, it does not measure speed.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    public static async Task<T> Get<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        T last;
        do
        {
            last = await probe();
            if (done(last))
            {
                return last;
            }

            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        throw new TimeoutException($"Gave up waiting for {what}; last seen: {last}");
    }

    public static Task True(Func<Task<bool>> probe, string what, TimeSpan? timeout = null) =>
        Get(probe, done => done, what, timeout);
}
