using System.Security.Claims;
using Marten;
using Recruitment.DivisionSelection.Pool;
using Recruitment.DivisionSelection.Pool.Reading;
using Recruitment.EventSourcing;
using Recruitment.ServiceDefaults.Errors;
using Recruitment.ServiceDefaults.Security;

namespace Recruitment.DivisionSelection;

/// <summary>A division's command on one pool candidate: its own division only (403), an unknown candidate 404, then decide.</summary>
public static class DivisionEndpoint
{
    public static async Task<IResult> RunAsync(
        string code,
        Guid? applicationId,
        ClaimsPrincipal user,
        IDocumentStore store,
        Func<PoolCandidate, string, string, IDocumentSession, Task<Decision>> decide,
        CancellationToken cancellationToken)
    {
        var division = code.ToUpperInvariant();
        if (!user.ActsFor(division))
        {
            return DivisionAccess.Forbidden(division);
        }

        if (applicationId is not { } id)
        {
            return Problems.Validation("applicationId", new("This field is required.", "Ce champ est obligatoire."));
        }

        return await store.DecideAsync<PoolCandidate>(id,
            (candidate, session) => decide(candidate, division, user.SubjectOf(), session),
            (candidate, events) => Results.Ok(ReadPool.View(events.Aggregate(candidate, (c, e) => c.After(e)), division)),
            cancellationToken);
    }
}
