using System.Security.Claims;
using Marten;
using Recruitment.DivisionSelection.Pool;

namespace Recruitment.DivisionSelection.Privacy;

/// <summary>
/// GET /privacy/subjects/{subjectId}/data: Division-Selection's part of a person's data (GDPR Art. 15) — their pool
/// entries with every division's shortlisting, interviews, scorecards and decisions, and the accommodation they asked for.
/// </summary>
public static class SubjectData
{
    public sealed record PoolPart(IReadOnlyList<PoolCandidate> PoolEntries);

    public static void MapSubjectData(this WebApplication app) =>
        app.MapGet("/privacy/subjects/{subjectId}/data", async Task<Results<Ok<PoolPart>, Problem>> (
                string subjectId, ClaimsPrincipal user, IQuerySession session, SubjectKeys keys, CancellationToken cancellationToken) =>
                user.MayReadDataOf(subjectId, keys)
                    ? TypedResults.Ok(new PoolPart(await session.Query<PoolCandidate>().Where(c => c.SubjectId == subjectId).ToListAsync(cancellationToken)))
                    : Problems.Of(ProblemCodes.Forbidden))
            .RequireAuthorization()
            .ExcludeFromDescription();
}
