using System.Security.Claims;
using Marten;
using Recruitment.DivisionSelection.Pool;

namespace Recruitment.DivisionSelection.Shortlisting;

/// <summary>POST /api/divisions/{code}/shortlist: a division shortlists a candidate of the shared pool (R13).</summary>
public static class Shortlist
{
    public sealed record Request(Guid? ApplicationId);

    public static void MapShortlist(this RouteGroupBuilder division) =>
        division.MapPost("/shortlist", (
                string code, Request request, ClaimsPrincipal user, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken) =>
                DivisionEndpoint.RunAsync(code, request.ApplicationId, user, store,
                    (candidate, division, by) => PoolDecisions.Shortlist(candidate, division, by, clock.GetUtcNow()), cancellationToken))
            .ProducesProblems(ProblemCodes.NotFound, ProblemCodes.InvalidTransition, PoolDecisions.NotInPool)
            .WithRequestExample("""{"applicationId":"0195a3c4-7d2e-7b1a-9c3f-2f6d8e4b5a10"}""");
}
