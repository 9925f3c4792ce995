using System.Security.Claims;
using Marten;
using Recruitment.DivisionSelection.Pool;
using Recruitment.DivisionSelection.Pool.Reading;
using Recruitment.EventSourcing;

namespace Recruitment.DivisionSelection;

/// <summary>
/// A division's command on one pool candidate: its own division only (403), an unknown candidate 404, one who left the
/// pool 409, then decide.
/// </summary>
public static class DivisionEndpoint
{
    public static Task<Results<Ok<ReadPool.PoolEntry>, Problem>> RunAsync(
        string code, Guid? applicationId, ClaimsPrincipal user, IDocumentStore store, Func<PoolCandidate, string, string, Decision> decide, CancellationToken cancellationToken) =>
        RunAsync(code, applicationId, user, store,
            (stream, division, by, _, token) => stream.DecideAsync(candidate => decide(candidate, division, by), token), cancellationToken);

    /// <summary>For a command that also decides on another stream in the same transaction.</summary>
    public static async Task<Results<Ok<ReadPool.PoolEntry>, Problem>> RunAsync(
        string code,
        Guid? applicationId,
        ClaimsPrincipal user,
        IDocumentStore store,
        Func<StreamWrite<PoolCandidate>, string, string, IDocumentSession, CancellationToken, Task<Decision>> decide,
        CancellationToken cancellationToken)
    {
        var division = code.ToUpperInvariant();
        if (!user.ActsFor(division))
        {
            return DivisionAccess.Forbidden(division);
        }

        if (applicationId is not { } id)
        {
            return Problems.Validation("applicationId", FieldMessages.Required);
        }

        return await store.WriteAsync<PoolCandidate, Results<Ok<ReadPool.PoolEntry>, Problem>>(id, async (stream, session, token) =>
        {
            if (stream.State is null)
            {
                return Problems.Of(ProblemCodes.NotFound);
            }

            var decision = PoolDecisions.Refusal(stream.State) ?? await decide(stream, division, user.SubjectOf(), session, token);
            return decision.IsAccepted ? TypedResults.Ok(ReadPool.View(stream.State, division)) : decision.ToProblem();
        }, cancellationToken);
    }
}
