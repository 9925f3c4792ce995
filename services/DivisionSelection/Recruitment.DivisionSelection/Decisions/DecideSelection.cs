using System.Security.Claims;
using Marten;
using Recruitment.DivisionSelection.Pool;
using Recruitment.DivisionSelection.Selection;
using Recruitment.EventSourcing;
using Recruitment.ServiceDefaults.Errors;
using Recruitment.ServiceDefaults.Security;

namespace Recruitment.DivisionSelection.Decisions;

/// <summary>
/// POST /api/divisions/{code}/decisions: selected or not selected. A person holds at most one selection per campaign:
/// the selection is written to their campaign-selection stream in the same transaction, so of two divisions selecting
/// at once exactly one commits and the other gets 409 "already-selected".
/// </summary>
public static class DecideSelection
{
    public sealed record Request(Guid? ApplicationId, string? Decision);

    public static void MapDecideSelection(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/divisions/{code}/decisions", (
                string code, Request request, ClaimsPrincipal user, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                if (request.Decision is not ("selected" or "not-selected"))
                {
                    return Task.FromResult(Problems.Validation("decision", new("Say \"selected\" or \"not-selected\".", "Indiquez « selected » ou « not-selected ».")));
                }

                var now = clock.GetUtcNow();
                return DivisionEndpoint.RunAsync(code, request.ApplicationId, user, store, async (stream, division, by, session, token) =>
                {
                    var candidate = stream.State!;
                    var decision = request.Decision == "not-selected"
                        ? PoolDecisions.Reject(candidate, division, by, now)
                        : PoolDecisions.Select(candidate, division, by, now);
                    if (decision.IsAccepted && decision.Events.OfType<Selected>().Any())
                    {
                        // Decided before anything is appended, so that a refusal leaves both streams as they were.
                        var selection = await session.ForWritingAsync<CampaignSelection>(
                            CampaignSelection.StreamId(candidate.ApplicantEmail, candidate.Campaign), token);
                        var unique = await selection.StartOrDecideAsync(state => CampaignSelection.Decide(state, candidate, division), token);
                        if (!unique.IsAccepted)
                        {
                            return unique;
                        }
                    }

                    return await stream.DecideAsync(_ => decision, token);
                }, cancellationToken);
            })
            .RequireRoles(Roles.Division, Roles.Admin);
}
