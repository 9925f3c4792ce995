using System.Security.Claims;
using Marten;
using Recruitment.Applications.Vacancies;
using Recruitment.EventSourcing;
using Recruitment.ServiceDefaults.Errors;

namespace Recruitment.Applications.Applications;

/// <summary>
/// An applicant's change to their own application (edit, withdraw, add a document, answer an offer), on the shared
/// command path (<see cref="StreamCommands.DecideAsync{T}"/>): anyone else's application answers 404, and the use case
/// decides with the application's vacancy at hand.
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
        store.DecideAsync<Application>(applicationId,
            async (application, session) =>
            {
                if (!user.IsApplicantOf(application))
                {
                    return Decision.Refuse(ProblemCodes.NotFound);
                }

                var vacancy = await session.LoadAsync<Vacancy>(Vacancy.StreamId(application.VacancyId), cancellationToken)
                    ?? throw new InvalidOperationException($"Application {applicationId} names vacancy {application.VacancyId}, which is not stored.");
                return decide(application, vacancy, session);
            },
            (application, events) => answer(events.Aggregate(application, (state, e) => e switch
            {
                ApplicationEdited edited => state.Apply(edited),
                ApplicationWithdrawn withdrawn => state.Apply(withdrawn),
                DocumentUploaded uploaded => state.Apply(uploaded),
                NotificationRecorded notification => state.Apply(notification),
                InterestConfirmed confirmed => state.Apply(confirmed),
                OfferAccepted accepted => state.Apply(accepted),
                OfferDeclined declined => state.Apply(declined),
                _ => state,
            })),
            cancellationToken);
}
