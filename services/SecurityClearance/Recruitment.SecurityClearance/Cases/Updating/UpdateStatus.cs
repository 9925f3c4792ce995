using System.Globalization;
using System.Security.Claims;
using Marten;
using Recruitment.EventSourcing;
using Recruitment.SecurityClearance.Cases.Reading;
using Recruitment.SecurityClearance.Statistics;

namespace Recruitment.SecurityClearance.Cases.Updating;

/// <summary>POST /api/clearances/{clearanceId}/status: the clearance officer records what the national authority did (R18).</summary>
public static class UpdateStatus
{
    public sealed record Request(string? Status, string? On, string? ValidUntil, string? Note);

    private static readonly string[] Statuses = ["in-progress", "granted", "denied", "withdrawn"];

    public static void MapUpdateStatus(this RouteGroupBuilder clearances) =>
        clearances.MapPost("/{clearanceId:guid}/status", async Task<Results<Ok<CaseView>, Problem>> (
                Guid clearanceId, Request request, ClaimsPrincipal user, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var errors = new FieldErrors();
                errors.OneOf(request.Status, "status", Statuses);
                var on = Date(request.On, "on", required: true, errors);
                var validUntil = Date(request.ValidUntil, "validUntil", required: request.Status == "granted", errors);
                errors.Check(request.Note is null or { Length: <= 2000 }, "note", new("At most 2000 characters.", "2000 caractères au plus."));
                if (errors.Any)
                {
                    return errors.ToProblem();
                }

                var now = clock.GetUtcNow();
                return await store.WriteAsync<ClearanceCase, Results<Ok<CaseView>, Problem>>(clearanceId, async (stream, session, token) =>
                {
                    if (stream.State is null or { Status: CaseStatus.AwaitingInterest })
                    {
                        return Problems.Of(ProblemCodes.NotFound);
                    }

                    var decision = await stream.DecideAsync(
                        @case => StatusDecisions.Decide(@case, request.Status!, on!.Value, validUntil, request.Note?.Trim(), user.SubjectOf(), now), token);
                    if (!decision.IsAccepted)
                    {
                        return decision.ToProblem();
                    }

                    if (decision.Events.OfType<ClearanceGranted>().FirstOrDefault() is { } granted)
                    {
                        await ClearanceDurations.RecordAsync(session, granted, token);
                    }

                    return TypedResults.Ok(CaseView.From(stream.State));
                }, cancellationToken);
            })
            .RequireRoles(Roles.ClearanceOfficer)
            .ProducesProblems(ProblemCodes.NotFound, ProblemCodes.InvalidTransition)
            .WithRequestExample("""{"status":"granted","on":"2026-01-10","validUntil":"2031-01-10","note":"Granted by the national authority."}""");

    private static DateOnly? Date(string? value, string field, bool required, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Check(!required, field, FieldMessages.Required);
            return null;
        }

        var ok = DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date);
        errors.Check(ok, field, new("A date of the form YYYY-MM-DD is required.", "Une date au format AAAA-MM-JJ est obligatoire."));
        return ok ? date : null;
    }
}
