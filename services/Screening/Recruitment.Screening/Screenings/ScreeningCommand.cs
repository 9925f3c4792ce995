using Marten;
using Recruitment.EventSourcing;
using Recruitment.ServiceDefaults.Errors;

namespace Recruitment.Screening.Screenings;

/// <summary>An HR decision on one screening: record it, judge again, conclude if due — 404 for an unknown id.</summary>
public static class ScreeningCommand
{
    public static async Task<IResult> RunAsync(
        IDocumentStore store, Guid applicationId, Func<Screening, IEnumerable<object>> decide, TimeProvider clock, CancellationToken cancellationToken) =>
        await store.RetryAsync<IResult>(async (session, token) =>
        {
            if (!await ScreeningWorkflow.ChangeAsync(session, applicationId, decide, clock.GetUtcNow(), token))
            {
                return Problems.Of(ProblemCodes.NotFound);
            }

            await session.SaveChangesAsync(token);
            var screening = await session.LoadAsync<Screening>(applicationId, token);
            return Results.Ok(Reading.ScreeningView.From(screening!, "en"));
        }, cancellationToken);
}
