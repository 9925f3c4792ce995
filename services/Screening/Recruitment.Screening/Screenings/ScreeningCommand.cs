using Marten;
using Recruitment.EventSourcing;

namespace Recruitment.Screening.Screenings;

/// <summary>
/// An HR decision on one screening: record it, judge again, conclude if due — 404 for an unknown id. The screening is
/// answered in the caller's language (R21).
/// </summary>
public static class ScreeningCommand
{
    public static async Task<Results<Ok<Reading.ScreeningView>, Problem>> RunAsync(
        IDocumentStore store, Guid applicationId, Func<Screening, Decision> decide, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
        await store.WriteAsync<Screening, Results<Ok<Reading.ScreeningView>, Problem>>(applicationId, async (stream, session, token) =>
        {
            if (stream.State is not { AwaitingSubmission: false })
            {
                return Problems.Of(ProblemCodes.NotFound);
            }

            var decision = await ScreeningWorkflow.ChangeAsync(session, stream, screening => decide(screening!), clock.GetUtcNow(), token);
            return decision.IsAccepted ? TypedResults.Ok(Reading.ScreeningView.From(stream.State!, Languages.Of(http))) : decision.ToProblem();
        }, cancellationToken);
}
