using System.Security.Claims;
using Marten;
using Recruitment.SecurityClearance.Cases;

namespace Recruitment.SecurityClearance.Privacy;

/// <summary>GET /privacy/subjects/{subjectId}/data: Security-Clearance's part of a person's data (GDPR Art. 15) — their clearance cases.</summary>
public static class SubjectData
{
    public sealed record ClearancePart(IReadOnlyList<ClearanceCase> Cases);

    public static void MapSubjectData(this WebApplication app) =>
        app.MapGet("/privacy/subjects/{subjectId}/data", async Task<Results<Ok<ClearancePart>, Problem>> (
                string subjectId, ClaimsPrincipal user, IQuerySession session, SubjectKeys keys, CancellationToken cancellationToken) =>
                user.MayReadDataOf(subjectId, keys)
                    ? TypedResults.Ok(new ClearancePart(await session.Query<ClearanceCase>().Where(c => c.SubjectId == subjectId).ToListAsync(cancellationToken)))
                    : Problems.Of(ProblemCodes.Forbidden))
            .RequireAuthorization()
            .ExcludeFromDescription();
}
