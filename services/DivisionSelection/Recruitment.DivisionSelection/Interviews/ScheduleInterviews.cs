using System.Globalization;
using System.Security.Claims;
using System.Text.RegularExpressions;
using Marten;
using Recruitment.DivisionSelection.Pool;
using Recruitment.DivisionSelection.Pool.Reading;

namespace Recruitment.DivisionSelection.Interviews;

/// <summary>
/// Interviews and tests (R13): POST /api/divisions/{code}/interviews schedules one at an instant; PUT .../{interviewId}
/// moves it; DELETE .../{interviewId}?applicationId= cancels it.
/// </summary>
public static partial class ScheduleInterviews
{
    public sealed record Request(Guid? ApplicationId, string? Kind, string? At);

    public static void MapScheduleInterviews(this RouteGroupBuilder division)
    {
        division.MapPost("/interviews", async Task<Results<Ok<ReadPool.PoolEntry>, Problem>> (
                string code, Request request, ClaimsPrincipal user, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var errors = new FieldErrors();
                var kind = errors.OneOf<InterviewKind>(request.Kind, "kind");
                var at = ParseInstant(request.At, errors);
                return errors.Any ? errors.ToProblem() : await DivisionEndpoint.RunAsync(code, request.ApplicationId, user, store,
                    (candidate, division, by) => PoolDecisions.Schedule(candidate, division, kind!.Value, at!.Value, by, clock.GetUtcNow()),
                    cancellationToken);
            })
            .ProducesProblems(ProblemCodes.NotFound, ProblemCodes.InvalidTransition, PoolDecisions.NotInPool)
            .WithRequestExample("""{"applicationId":"0195a3c4-7d2e-7b1a-9c3f-2f6d8e4b5a10","kind":"face-to-face","at":"2025-09-15T08:00:00Z"}""");

        division.MapPut("/interviews/{interviewId:guid}", async Task<Results<Ok<ReadPool.PoolEntry>, Problem>> (
                string code, Guid interviewId, Request request, ClaimsPrincipal user, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var errors = new FieldErrors();
                var at = ParseInstant(request.At, errors);
                return errors.Any ? errors.ToProblem() : await DivisionEndpoint.RunAsync(code, request.ApplicationId, user, store,
                    (candidate, division, by) => PoolDecisions.Reschedule(candidate, division, interviewId, at!.Value, by, clock.GetUtcNow()),
                    cancellationToken);
            })
            .ProducesProblems(ProblemCodes.NotFound, ProblemCodes.InvalidTransition, PoolDecisions.NotInPool);

        division.MapDelete("/interviews/{interviewId:guid}", (
                string code, Guid interviewId, Guid? applicationId, ClaimsPrincipal user, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken) =>
                DivisionEndpoint.RunAsync(code, applicationId, user, store,
                    (candidate, division, by) => PoolDecisions.Cancel(candidate, division, interviewId, by, clock.GetUtcNow()),
                    cancellationToken))
            .ProducesProblems(ProblemCodes.NotFound, ProblemCodes.InvalidTransition, PoolDecisions.NotInPool);
    }

    private static DateTimeOffset? ParseInstant(string? value, FieldErrors errors)
    {
        // An instant carries its offset (gateway contract): a bare local time could be read two ways.
        var text = value?.Trim() ?? string.Empty;
        var ok = OffsetPattern().IsMatch(text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed);
        errors.Check(ok, "at", new(
            "An instant with its offset is required, e.g. 2025-09-15T08:00:00Z.", "Un instant avec son décalage est obligatoire, par exemple 2025-09-15T08:00:00Z."));
        return ok ? DateTimeOffset.Parse(text, CultureInfo.InvariantCulture) : null;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex OffsetPattern();
}
