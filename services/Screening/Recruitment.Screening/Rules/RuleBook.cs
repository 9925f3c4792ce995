using Marten;
using Recruitment.EventSourcing;

namespace Recruitment.Screening.Rules;

/// <summary>Where rule sets are kept: Marten documents, one per version, and which version each campaign uses.</summary>
public static class RuleBook
{
    public static async Task<RuleSet> ForCampaignAsync(IQuerySession session, string campaign, CancellationToken cancellationToken)
    {
        var version = (await session.LoadAsync<CampaignRules>(campaign, cancellationToken))?.RuleSetVersion ?? DefaultRuleSet.Version;
        return await VersionAsync(session, version, cancellationToken);
    }

    public static async Task<RuleSet> VersionAsync(IQuerySession session, string version, CancellationToken cancellationToken) =>
        await session.LoadAsync<RuleSet>(version, cancellationToken)
        ?? (version == DefaultRuleSet.Version ? DefaultRuleSet.V2025 : throw new InvalidOperationException($"Rule set {version} is not stored."));

    /// <summary>Stores the default rule set at start-up, once.</summary>
    public sealed class Seed : IEventStoreSeed
    {
        public async Task SeedAsync(IDocumentStore store, CancellationToken cancellation)
        {
            await using var session = store.LightweightSession();
            if (await session.LoadAsync<RuleSet>(DefaultRuleSet.Version, cancellation) is not null)
            {
                return;
            }

            session.Insert(DefaultRuleSet.V2025);
            try
            {
                await session.SaveChangesAsync(cancellation);
            }
            catch (JasperFx.DocumentAlreadyExistsException)
            {
                // Another node stored it first: the same data.
            }
        }
    }
}
