using Marten;
using Recruitment.EventSourcing;

namespace Recruitment.Screening.Rules.Managing;

/// <summary>
/// Rule sets are data: HR stores a new version (POST /api/screening/rule-sets, never changed afterwards), reads one
/// (GET .../{version}), and gives a campaign its version (PUT /api/screening/campaigns/{campaign}/rule-set).
/// </summary>
public static class ManageRuleSets
{
    public sealed record CampaignRequest(string? RuleSetVersion);

    public static void MapManageRuleSets(this RouteGroupBuilder screening)
    {
        screening.MapPost("/rule-sets", async Task<Results<Created<RuleSet>, Problem>> (RuleSet ruleSet, IDocumentSession session, CancellationToken cancellationToken) =>
            {
                var errors = Validate(ruleSet);
                if (errors.Any)
                {
                    return errors.ToProblem();
                }

                session.Insert(ruleSet);
                try
                {
                    await session.SaveChangesAsync(cancellationToken);
                }
                catch (Exception exception) when (WriteConflicts.IsDuplicateDocument(exception))
                {
                    return Problems.Of(ProblemCodes.Duplicate, new(
                        $"Rule set {ruleSet.Id} exists; a version never changes, store a new one.",
                        $"Le jeu de règles {ruleSet.Id} existe ; une version ne change jamais, enregistrez-en une nouvelle."));
                }

                return TypedResults.Created($"/api/screening/rule-sets/{ruleSet.Id}", ruleSet);
            })
            .ProducesProblems(ProblemCodes.Duplicate);

        screening.MapGet("/rule-sets/{version}", async Task<Results<Ok<RuleSet>, Problem>> (string version, IQuerySession session, CancellationToken cancellationToken) =>
                await session.LoadAsync<RuleSet>(version, cancellationToken) is { } ruleSet ? TypedResults.Ok(ruleSet) : Problems.Of(ProblemCodes.NotFound))
            .ProducesProblems(ProblemCodes.NotFound);

        screening.MapPut("/campaigns/{campaign}/rule-set", async Task<Results<Ok<CampaignRules>, Problem>> (
                string campaign, CampaignRequest request, IDocumentSession session, CancellationToken cancellationToken) =>
            {
                if (string.IsNullOrWhiteSpace(request.RuleSetVersion) || await session.LoadAsync<RuleSet>(request.RuleSetVersion, cancellationToken) is null)
                {
                    return Problems.Validation("ruleSetVersion", new("No stored rule set has this version.", "Aucun jeu de règles enregistré n'a cette version."));
                }

                session.Store(new CampaignRules(campaign, request.RuleSetVersion));
                await session.SaveChangesAsync(cancellationToken);
                return TypedResults.Ok(new CampaignRules(campaign, request.RuleSetVersion));
            })
            .WithRequestExample("""{"ruleSetVersion":"2026-1"}""");
    }

    private static FieldErrors Validate(RuleSet ruleSet)
    {
        var errors = new FieldErrors();
        errors.Check(ruleSet.Id is { Length: > 0 and <= 40 }, "id", new("A version of 1 to 40 characters is required.", "Une version de 1 à 40 caractères est obligatoire."));
        errors.Check(ruleSet.MinimumAge is >= 16 and <= 40, "minimumAge", new("Between 16 and 40.", "Entre 16 et 40."));
        errors.Check(ruleSet.NatoMembers is { Count: > 0 } && ruleSet.NatoMembers.All(m => Reference.Countries.IsIsoCode(m.Country)), "natoMembers", new(
            "Members are ISO 3166-1 alpha-2 codes with accession dates.", "Les membres sont des codes ISO 3166-1 alpha-2 avec leur date d'adhésion."));
        errors.Check(ruleSet.RequiredLanguageLevel is "working" or "proficient", "requiredLanguageLevel", new("working or proficient.", "working ou proficient."));
        errors.Check(ruleSet.RecentGraduateMonths is > 0 and <= 60 && ruleSet.MinimumYearsOfStudies is >= 0 and <= 10, "education", new(
            "Recent-graduate months 1–60, years of studies 0–10.", "Mois de diplôme récent 1–60, années d'études 0–10."));
        errors.Check(ruleSet.Weights is not null, "weights", new("Score weights are required.", "Les poids du score sont obligatoires."));
        return errors;
    }
}
