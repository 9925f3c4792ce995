using System.Security.Claims;
using Marten;
using Recruitment.Applications.Applications.Reading;
using Recruitment.Applications.Campaigns;
using Recruitment.Applications.Notifications;
using Recruitment.EventSourcing;

namespace Recruitment.Applications.Applications.Withdrawing;

/// <summary>POST /api/applications/{id}/withdraw: until the deadline (R5). The campaign slot is freed for another vacancy (R4).</summary>
public static class WithdrawApplication
{
    public static Decision Decide(Application application, DateTimeOffset deadlineUtc, DateTimeOffset now)
    {
        var allowed = application.CanChange(now, deadlineUtc);
        return allowed.IsAccepted
            ? Decision.Accept(new ApplicationWithdrawn(now), CandidateNotifications.Withdrawn(application, now))
            : allowed;
    }

    public static void MapWithdrawApplication(this RouteGroupBuilder applying) =>
        applying.MapPost("/{id:guid}/withdraw", async (
                Guid id, ClaimsPrincipal user, HttpContext http, IDocumentStore store, SubjectKeys keys, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var now = clock.GetUtcNow();
                return await ChangeApplication.RunAsync(store, id, user, (application, vacancy) => Decide(application, vacancy.DeadlineUtc, now),
                    changed => TypedResults.Ok(ApplicationView.From(changed, Languages.Of(http))),
                    cancellationToken,
                    // Same transaction: the slot is free exactly when the withdrawal is recorded.
                    alongside: (application, session) => ApplicantCampaign.ReleaseSlot(session, keys, application));
            })
            .ProducesProblems(ProblemCodes.NotFound, ProblemCodes.DeadlinePassed, ProblemCodes.InvalidTransition);
}
