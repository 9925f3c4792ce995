using System.Security.Claims;
using Marten;
using Recruitment.DivisionSelection.Pool;
using Recruitment.ServiceDefaults.Errors;
using Recruitment.ServiceDefaults.Security;

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

    public static void MapSubmitScorecard(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/divisions/{code}/assessments", (
                string code, Request request, ClaimsPrincipal user, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var errors = new FieldErrors();
                var ratings = Parse(request.Ratings, errors);
                return ratings is null ? Task.FromResult(errors.ToProblem()) : DivisionEndpoint.RunAsync(code, request.ApplicationId, user, store,
                    (candidate, division, by) => PoolDecisions.Assess(candidate, division, by, ratings, clock.GetUtcNow()),
                    cancellationToken);
            })
            .RequireRoles(Roles.Division, Roles.Admin);
}
