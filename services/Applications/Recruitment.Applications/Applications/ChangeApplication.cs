using System.Security.Claims;
using Marten;
using Recruitment.Applications.Vacancies;
using Recruitment.EventSourcing;

namespace Recruitment.Applications.Applications;

/// <summary>
/// An applicant's change to their own application (edit, withdraw, add a document, answer an offer): anyone else's
/// application answers 404; the use case decides with the application's vacancy at hand, and what must be stored
/// with an accepted change (<c>alongside</c>) is written in the same transaction.
/// </summary>
public static class ChangeApplication
{
    public static async Task<Results<TAnswer, Problem>> RunAsync<TAnswer>(
        IDocumentStore store,
        Guid applicationId,
        ClaimsPrincipal user,
        Func<Application, Vacancy, Decision> decide,
        Func<Application, TAnswer> answer,
        CancellationToken cancellationToken,
        Action<Application, IDocumentSession>? alongside = null)
        where TAnswer : IResult =>
        await store.WriteAsync<Application, Results<TAnswer, Problem>>(applicationId, async (stream, session, token) =>
        {
            if (stream.State is not { } application || !user.IsApplicantOf(application))
            {
                return Problems.Of(ProblemCodes.NotFound);
            }

            var vacancy = await session.LoadAsync<Vacancy>(Vacancy.StreamId(application.VacancyId), token)
                ?? throw new InvalidOperationException($"Application {applicationId} names vacancy {application.VacancyId}, which is not stored.");
            var decision = await stream.DecideAsync(state => decide(state, vacancy), token);
            if (!decision.IsAccepted)
            {
                return decision.ToProblem();
            }

            alongside?.Invoke(application, session);
            return answer(stream.State!);
        }, cancellationToken);
}
