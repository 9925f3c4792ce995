using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Recruitment.ServiceDefaults;

namespace Recruitment.EventSourcing;

/// <summary>Data a service needs in its store from the start (a default rule set): written once, whichever node starts first.</summary>
public interface IEventStoreSeed
{
    Task SeedAsync(IDocumentStore store, CancellationToken cancellationToken);
}

/// <summary>
/// Brings the service's schema up to date and writes its seeds, in the background and for as long as it takes: a
/// service started while PostgreSQL is down comes up, answers /alive, reports not ready on /health, and gets ready
/// when the database returns. (Marten's own start-up migration fails the start instead.)
/// </summary>
public sealed partial class EventStoreSetup(IDocumentStore store, IServiceProvider services, ILogger<EventStoreSetup> logger) : BackgroundService
{
    private static readonly TimeSpan MaxPause = TimeSpan.FromSeconds(15);
    private volatile bool _done;

    public bool IsDone => _done;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var pause = TimeSpan.FromMilliseconds(500);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
                foreach (var seed in services.GetServices<IEventStoreSeed>())
                {
                    await seed.SeedAsync(store, stoppingToken);
                }

                _done = true;
                return;
            }
            catch (Exception exception) when (TransientFaults.Is(exception))
            {
                LogWaiting(logger, pause.TotalSeconds, exception.Message);
                await Task.Delay(pause, stoppingToken);
                pause = pause * 2 < MaxPause ? pause * 2 : MaxPause;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "PostgreSQL is not available to set up the event store; trying again in {Seconds} s: {Reason}")]
    private static partial void LogWaiting(ILogger logger, double seconds, string reason);
}
