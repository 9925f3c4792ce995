using System.Security.Claims;
using Marten;
using Recruitment.Applications.Applications.Reading;
using Recruitment.EventSourcing;

namespace Recruitment.Applications.Applications.Offers;

/// <summary>
/// The candidate's answers after selection: POST /api/applications/{id}/confirm-interest (R17, only once selected),
/// and /offer/accept or /offer/decline (R19, only once the final offer exists, once). Anything out of order is 409.
/// </summary>
public static class CandidateAnswers
{
    public static Decision ConfirmInterest(Application application, string clearanceLevel, decimal monthlyGrantEur, DateTimeOffset now) =>
        application.Status == ApplicationStatus.InterestConfirmed || application.Path.Any(s => s.Type == "interest-confirmed") ? Decision.Accept()
        : application.Status != ApplicationStatus.Selected
            ? Decision.Refuse(ProblemCodes.InvalidTransition, new("Interest is confirmed after a selection (R17).", "L'intérêt se confirme après une sélection (R17)."))
            : Decision.Accept(new InterestConfirmed(application.VacancyId, application.Campaign, application.SubjectId, application.PreferredLanguage,
                application.Form.Applicant.Nationalities, clearanceLevel, monthlyGrantEur, now));

    public static Decision Answer(Application application, bool accept, DateTimeOffset now) =>
        application.Offer is null
            ? Decision.Refuse(ProblemCodes.InvalidTransition, new("There is no final offer yet (R19).", "Il n'y a pas encore d'offre définitive (R19)."))
        : application.OfferAcceptedByCandidate is { } answered
            ? answered == accept ? Decision.Accept() : Decision.Refuse(ProblemCodes.InvalidTransition, new("The offer has already been answered.", "L'offre a déjà reçu une réponse."))
        : accept ? Decision.Accept(new OfferAccepted(now)) : Decision.Accept(new OfferDeclined(now));

    public static void MapCandidateAnswers(this RouteGroupBuilder applying)
    {
        applying.MapPost("/{id:guid}/confirm-interest", (Guid id, ClaimsPrincipal user, HttpContext http, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken) =>
                ChangeApplication.RunAsync(store, id, user,
                    (application, vacancy) => ConfirmInterest(application, vacancy.ClearanceLevel, vacancy.MonthlyGrantEur, clock.GetUtcNow()),
                    changed => TypedResults.Ok(ApplicationView.From(changed, Languages.Of(http))), cancellationToken))
            .ProducesProblems(ProblemCodes.NotFound, ProblemCodes.InvalidTransition);

        applying.MapPost("/{id:guid}/offer/accept", (Guid id, ClaimsPrincipal user, HttpContext http, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken) =>
                ChangeApplication.RunAsync(store, id, user, (application, _) => Answer(application, accept: true, clock.GetUtcNow()),
                    changed => TypedResults.Ok(ApplicationView.From(changed, Languages.Of(http))), cancellationToken))
            .ProducesProblems(ProblemCodes.NotFound, ProblemCodes.InvalidTransition);

        applying.MapPost("/{id:guid}/offer/decline", (Guid id, ClaimsPrincipal user, HttpContext http, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken) =>
                ChangeApplication.RunAsync(store, id, user, (application, _) => Answer(application, accept: false, clock.GetUtcNow()),
                    changed => TypedResults.Ok(ApplicationView.From(changed, Languages.Of(http))), cancellationToken))
            .ProducesProblems(ProblemCodes.NotFound, ProblemCodes.InvalidTransition);
    }
}
