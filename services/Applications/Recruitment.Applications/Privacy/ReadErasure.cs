using System.Security.Claims;
using Marten;

namespace Recruitment.Applications.Privacy;

/// <summary>
/// GET /api/privacy/erasures/{id}: each service's progress, "pending" or "done", and the whole ("done" when all are).
/// Admins and HR see any erasure; an applicant sees the one they asked for.
/// </summary>
public static class ReadErasure
{
    public sealed record ServiceProgress(string Service, string Status, DateTimeOffset? DoneAt);

    public sealed record ErasureView(Guid ErasureId, string Status, DateTimeOffset RequestedAt, bool Forced, IReadOnlyList<ServiceProgress> Services);

    public static void MapReadErasure(this RouteGroupBuilder privacy) =>
        privacy.MapGet("/erasures/{id:guid}", async Task<Results<Ok<ErasureView>, Problem>> (
                Guid id, ClaimsPrincipal user, IQuerySession session, SubjectKeys keys, CancellationToken cancellationToken) =>
            {
                var erasure = await session.Events.AggregateStreamAsync<Erasure>(id, token: cancellationToken);
                var mayRead = user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Hr)
                    || (user.IsInRole(Roles.Applicant) && erasure?.SubjectId == keys.SubjectId(user.SubjectOf()));
                return erasure is null || !mayRead
                    ? Problems.Of(ProblemCodes.NotFound)
                    : TypedResults.Ok(new ErasureView(erasure.Id, erasure.Done ? "done" : "pending", erasure.RequestedAt, erasure.Forced,
                        erasure.Services.Select(s => new ServiceProgress(s.Service, s.DoneAt is null ? "pending" : "done", s.DoneAt)).ToList()));
            })
            .RequireRoles(Roles.Admin, Roles.Hr, Roles.Applicant)
            .ProducesProblems(ProblemCodes.NotFound);
}
