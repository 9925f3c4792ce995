using System.Security.Claims;
using Marten;
using Recruitment.DivisionSelection.Pool;
using Recruitment.DivisionSelection.Pool.Reading;
using Recruitment.DivisionSelection.Selection;
using Recruitment.EventSourcing;

namespace Recruitment.DivisionSelection.Decisions;

/// <summary>
/// POST /api/divisions/{code}/decisions: selected or not selected. A person holds at most one selection per campaign:
/// the selection is written to their campaign-selection stream in the same transaction, so of two divisions selecting
/// at once exactly one commits and the other gets 409 "already-selected".
/// </summary>
public static class DecideSelection
{
    public sealed record Request(Guid? ApplicationId, string? Decision);

    private static readonly string[] Decisions = ["selected", "not-selected"];

    public static void MapDecideSelection(this RouteGroupBuilder division) =>
        division.MapPost("/decisions", async Task<Results<Ok<ReadPool.PoolEntry>, Problem>> (
                string code, Request request, ClaimsPrincipal user, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var errors = new FieldErrors();
                if (errors.OneOf(request.Decision, "decision", Decisions) is null)
                {
                    return errors.ToProblem();
                }

                var now = clock.GetUtcNow();
                return await DivisionEndpoint.RunAsync(code, request.ApplicationId, user, store, async (stream, division, by, session, token) =>
                {
                    var candidate = stream.State!;
                    var decision = request.Decision == "not-selected"
                        ? PoolDecisions.Reject(candidate, division, by, now)
                        : PoolDecisions.Select(candidate, division, by, now);
                    if (decision.IsAccepted && decision.Events.OfType<Selected>().Any())
                    {
                        // Decided before anything is appended, so that a refusal leaves both streams as they were.
                        var selection = await session.ForWritingAsync<CampaignSelection>(
                            CampaignSelection.StreamId(candidate.SubjectId, candidate.Campaign), token);
                        var unique = await selection.StartOrDecideAsync(state => CampaignSelection.Decide(state, candidate, division), token);
                        if (!unique.IsAccepted)
                        {
                            return unique;
                        }
                    }

                    return await stream.DecideAsync(_ => decision, token);
                }, cancellationToken);
            })
            .ProducesProblems(ProblemCodes.NotFound, ProblemCodes.InvalidTransition, PoolDecisions.AlreadySelected, PoolDecisions.NotInPool)
            .WithRequestExample("""{"applicationId":"0195a3c4-7d2e-7b1a-9c3f-2f6d8e4b5a10","decision":"selected"}""");
}
