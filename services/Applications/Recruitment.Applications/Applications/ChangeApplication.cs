using System.Security.Claims;
using Marten;
using Recruitment.Applications.Vacancies;
using Recruitment.EventSourcing;
using Recruitment.ServiceDefaults.Errors;

namespace Recruitment.Applications.Applications;

/// <summary>
/// The shared path of an applicant's change to their own application (edit, withdraw, add a document): load it for
/// writing, answer 404 unless it is the caller's, let the use case decide, append, save — again on a write conflict.
/// </summary>
public static class ChangeApplication
{
    public static ValueTask<IResult> RunAsync(
        IDocumentStore store,
        Guid applicationId,
        ClaimsPrincipal user,
        Func<Application, Vacancy, IDocumentSession, Decision> decide,
        Func<Application, IResult> answer,
        CancellationToken cancellationToken) =>
        store.RetryAsync<IResult>(async (session, token) =>
        {
            var stream = await session.Events.FetchForWriting<Application>(applicationId, token);
            if (stream.Aggregate is not { } application || !user.IsApplicantOf(application))
            {
                return Problems.Of(ProblemCodes.NotFound);
            }

            var vacancy = await session.LoadAsync<Vacancy>(Vacancy.StreamId(application.VacancyId), token)
                ?? throw new InvalidOperationException($"Application {applicationId} names vacancy {application.VacancyId}, which is not stored.");
            var decision = decide(application, vacancy, session);
            if (!decision.IsAccepted)
            {
                return decision.ToProblem();
            }

            stream.AppendMany(decision.Events);
            await session.SaveChangesAsync(token);
            var changed = decision.Events.Aggregate(application, (state, e) => e switch
            {
                ApplicationEdited edited => state.Apply(edited),
                ApplicationWithdrawn withdrawn => state.Apply(withdrawn),
                DocumentUploaded uploaded => state.Apply(uploaded),
                NotificationRecorded notification => state.Apply(notification),
                InterestConfirmed confirmed => state.Apply(confirmed),
                OfferAccepted accepted => state.Apply(accepted),
                OfferDeclined declined => state.Apply(declined),
                _ => state,
            });
            return answer(changed);
        }, cancellationToken);
}
