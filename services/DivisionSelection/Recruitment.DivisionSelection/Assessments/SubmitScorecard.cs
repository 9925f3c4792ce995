using System.Security.Claims;
using Marten;
using Recruitment.DivisionSelection.Pool;
using Recruitment.DivisionSelection.Pool.Reading;

namespace Recruitment.DivisionSelection.Assessments;

/// <summary>POST /api/divisions/{code}/assessments: one assessor's scorecard, the nine competencies of R14 rated 1–5.</summary>
public static class SubmitScorecard
{
    public sealed record Request(Guid? ApplicationId, Dictionary<string, int>? Ratings);

    public static IReadOnlyDictionary<string, int>? Parse(Dictionary<string, int>? ratings, FieldErrors errors)
    {
        if (!errors.Check(ratings is not null, "ratings", new("The ratings are required.", "Les notes sont obligatoires.")))
        {
            return null;
        }

        foreach (var competency in PoolDecisions.Competencies)
        {
            errors.Check(ratings!.TryGetValue(competency, out var rating) && rating is >= 1 and <= 5, $"ratings.{competency}", new(
                "Rate this competency from 1 to 5 (R14).", "Notez cette compétence de 1 à 5 (R14)."));
        }

        foreach (var unknown in ratings!.Keys.Except(PoolDecisions.Competencies))
        {
            errors.Add($"ratings.{unknown}", new("Not one of the nine competencies of R14.", "Ne fait pas partie des neuf compétences de R14."));
        }

        return errors.Any ? null : PoolDecisions.Competencies.ToDictionary(c => c, c => ratings[c]);
    }

    public static void MapSubmitScorecard(this RouteGroupBuilder division) =>
        division.MapPost("/assessments", async Task<Results<Ok<ReadPool.PoolEntry>, Problem>> (
                string code, Request request, ClaimsPrincipal user, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var errors = new FieldErrors();
                var ratings = Parse(request.Ratings, errors);
                return ratings is null ? errors.ToProblem() : await DivisionEndpoint.RunAsync(code, request.ApplicationId, user, store,
                    (candidate, division, by) => PoolDecisions.Assess(candidate, division, by, ratings, clock.GetUtcNow()),
                    cancellationToken);
            })
            .ProducesProblems(ProblemCodes.NotFound, ProblemCodes.InvalidTransition, PoolDecisions.NotInPool)
            .WithRequestExample("""{"applicationId":"0195a3c4-7d2e-7b1a-9c3f-2f6d8e4b5a10","ratings":{"achievement":4,"analysis":3,"communication":4,"flexibility":5,"initiative":4,"leadership":3,"organisation":4,"teamwork":5,"customer-focus":4}}""");
}
