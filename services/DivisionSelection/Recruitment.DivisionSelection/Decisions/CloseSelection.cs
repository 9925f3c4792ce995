using System.Security.Claims;
using Marten;
using Recruitment.DivisionSelection.Pool;
using Recruitment.EventSourcing;

namespace Recruitment.DivisionSelection.Decisions;

/// <summary>
/// POST /api/divisions/{code}/close {"campaign":"2025"}: the division has made its choice; every candidate it shortlisted
/// and did not select is marked not selected, and so told (R13). Running it again changes nothing.
/// </summary>
public static class CloseSelection
{
    public sealed record Request(string? Campaign);

    public sealed record Closed(string Division, string Campaign, int MarkedNotSelected);

    public static void MapCloseSelection(this RouteGroupBuilder division) =>
        division.MapPost("/close", async Task<Results<Ok<Closed>, Problem>> (
                string code, Request request, ClaimsPrincipal user, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var division = code.ToUpperInvariant();
                if (!user.ActsFor(division))
                {
                    return DivisionAccess.Forbidden(division);
                }

                if (string.IsNullOrWhiteSpace(request.Campaign))
                {
                    return Problems.Validation("campaign", FieldMessages.Required);
                }

                IReadOnlyList<Guid> shortlisted;
                await using (var query = store.QuerySession())
                {
                    shortlisted = await query.Query<PoolCandidate>()
                        .Where(c => c.Campaign == request.Campaign && !c.Left && c.ShortlistedBy.Contains(division))
                        .Select(c => c.Id)
                        .ToListAsync(cancellationToken);
                }

                var marked = 0;
                foreach (var id in shortlisted)
                {
                    marked += await store.WriteAsync<PoolCandidate, int>(id, async (stream, _, token) => stream.State is null ? 0
                        : (await stream.DecideAsync(candidate => PoolDecisions.Reject(candidate, division, user.SubjectOf(), clock.GetUtcNow()), token)).Events.Count,
                        cancellationToken);
                }

                return TypedResults.Ok(new Closed(division, request.Campaign, marked));
            })
            .WithRequestExample("""{"campaign":"2025"}""");
}
