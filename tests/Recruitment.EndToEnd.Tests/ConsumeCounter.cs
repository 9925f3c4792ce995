using MassTransit;

namespace Recruitment.EndToEnd.Tests;

/// <summary>Counts the consumptions of one message id that finished, well or badly.</summary>
internal sealed class ConsumeCounter(Guid messageId) : IConsumeObserver
{
    private int _completed;
    private int _faulted;

    public int Completed => Volatile.Read(ref _completed);

    public int Faulted => Volatile.Read(ref _faulted);

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.MessageId == messageId)
        {
            Interlocked.Increment(ref _completed);
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class
    {
        if (context.MessageId == messageId)
        {
            Interlocked.Increment(ref _faulted);
        }

        return Task.CompletedTask;
    }
}
