using System.Security.Claims;
using Marten;
using Recruitment.DivisionSelection.Pool;
using Recruitment.ServiceDefaults.Security;

namespace Recruitment.DivisionSelection.Shortlisting;

/// <summary>POST /api/divisions/{code}/shortlist: a division shortlists a candidate of the shared pool (R13).</summary>
public static class Shortlist
{
    public sealed record Request(Guid? ApplicationId);

    public static void MapShortlist(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/divisions/{code}/shortlist", (
                string code, Request request, ClaimsPrincipal user, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken) =>
                DivisionEndpoint.RunAsync(code, request.ApplicationId, user, store,
                    (candidate, division, by) => PoolDecisions.Shortlist(candidate, division, by, clock.GetUtcNow()), cancellationToken))
            .RequireRoles(Roles.Division, Roles.Admin);
}
