using System.Linq.Expressions;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Recruitment.EventSourcing;

/// <summary>
/// Bookkeeping kept only as long as it is useful: documents of one kind older than <c>Retention:{Name}</c> (or the
/// default) are deleted by the database, a periodic <c>DELETE … WHERE at &lt; cutoff</c> on an indexed column, so the
/// tables stay the size of the window whatever the age of the store.
/// </summary>
public sealed record RetentionRule(string Name, TimeSpan DefaultKeep, Func<IDocumentSession, DateTimeOffset, CancellationToken, Task<int>> PurgeAsync);

public static class RetentionExtensions
{
    /// <summary>Keeps documents of type <typeparamref name="T"/> for <paramref name="keep"/> (configurable as <c>Retention:{name}</c>).</summary>
    public static IServiceCollection AddRetention<T>(this IServiceCollection services, string name, TimeSpan keep, Func<DateTimeOffset, Expression<Func<T, bool>>> expired)
        where T : notnull
    {
        services.AddSingleton(new RetentionRule(name, keep, async (session, cutoff, cancellationToken) =>
        {
            var filter = expired(cutoff);
            var count = await session.Query<T>().CountAsync(filter, cancellationToken);
            session.DeleteWhere(filter);
            return count;
        }));
        if (!services.Any(s => s.ServiceType == typeof(RetentionJob)))
        {
            services.AddSingleton<RetentionJob>();
            services.AddHostedService(provider => provider.GetRequiredService<RetentionJob>());
        }

        return services;
    }
}

/// <summary>Purges, every <c>Retention:Interval</c> (an hour by default), what each rule no longer keeps, by the injected clock.</summary>
public sealed partial class RetentionJob(IDocumentStore store, TimeProvider clock, IConfiguration configuration, IEnumerable<RetentionRule> rules, ILogger<RetentionJob> logger)
    : PeriodicJob(logger, configuration.GetValue("Retention:Interval", TimeSpan.FromHours(1)))
{
    public override async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var purged = 0;
        foreach (var rule in rules)
        {
            var keep = configuration.GetValue($"Retention:{rule.Name}", rule.DefaultKeep);
            await using var session = store.LightweightSession();
            var count = await rule.PurgeAsync(session, clock.GetUtcNow() - keep, cancellationToken);
            await session.SaveChangesAsync(cancellationToken);
            if (count > 0)
            {
                LogPurged(logger, count, rule.Name, keep);
            }

            purged += count;
        }

        return purged;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} {Rule} older than {Keep}.")]
    private static partial void LogPurged(ILogger logger, int count, string rule, TimeSpan keep);
}
