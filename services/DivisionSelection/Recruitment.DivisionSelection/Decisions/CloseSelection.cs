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

    /// <summary>
    /// The campaign's candidates the division shortlisted and has not yet decided on, by id after <paramref name="after"/>:
    /// served by the index on (campaign, id), which hands each page over in order; a second closing finds none.
    /// </summary>
    public static IQueryable<PoolCandidate> Undecided(IQuerySession session, string campaign, string division, Guid? after)
    {
        var undecided = session.Query<PoolCandidate>().Where(c => c.Campaign == campaign && !c.Left && c.SelectedBy == null
            && c.ShortlistedBy.Contains(division) && !c.NotSelectedBy.Contains(division));
        if (after is { } id)
        {
            undecided = undecided.Where(c => c.Id.CompareTo(id) > 0);
        }

        return undecided.OrderBy(c => c.Id);
    }

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

                // A page of candidates per transaction, not one each: a division may have shortlisted hundreds.
                var marked = await PagedWork.RunAsync<PoolCandidate>(store,
                    async (query, after, token) => (await Undecided(query, request.Campaign, division, after?.Id)
                        .Select(c => c.Id).Take(PagedWork.PageSize).ToListAsync(token)).Select(id => new DueItem(id, null)).ToList(),
                    async (_, stream, token) =>
                        (await stream.DecideAsync(candidate => PoolDecisions.Reject(candidate, division, user.SubjectOf(), clock.GetUtcNow()), token)).Events.Count,
                    cancellationToken);

                return TypedResults.Ok(new Closed(division, request.Campaign, marked));
            })
            .WithRequestExample("""{"campaign":"2025"}""");
}
