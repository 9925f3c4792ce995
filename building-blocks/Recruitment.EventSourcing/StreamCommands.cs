using Marten;
using Microsoft.AspNetCore.Http;
using Recruitment.ServiceDefaults.Errors;

namespace Recruitment.EventSourcing;

/// <summary>
/// The shape of a command endpoint: load the stream for writing (404 if there is none), decide, append, save, answer —
/// and on a write conflict do it all again on fresh state.
/// </summary>
public static class StreamCommands
{
    public static ValueTask<IResult> DecideAsync<T>(
        this IDocumentStore store,
        Guid streamId,
        Func<T, IDocumentSession, Task<Decision>> decide,
        Func<T, IReadOnlyList<object>, IResult> answer,
        CancellationToken cancellationToken)
        where T : class =>
        store.RetryAsync<IResult>(async (session, token) =>
        {
            var stream = await session.Events.FetchForWriting<T>(streamId, token);
            if (stream.Aggregate is not { } state)
            {
                return Problems.Of(ProblemCodes.NotFound);
            }

            var decision = await decide(state, session);
            if (!decision.IsAccepted)
            {
                return decision.ToProblem();
            }

            stream.AppendMany(decision.Events);
            await session.SaveChangesAsync(token);
            return answer(state, decision.Events);
        }, cancellationToken);
}
