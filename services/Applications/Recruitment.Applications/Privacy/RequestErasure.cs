using System.Security.Claims;
using Marten;
using Recruitment.Applications.Applications;
using Recruitment.Applications.Campaigns;
using Recruitment.Applications.Vacancies;
using Recruitment.EventSourcing;

namespace Recruitment.Applications.Privacy;

/// <summary>
/// POST /api/privacy/erasures {"subject","force"} (admin) and DELETE /api/me (the applicant): forget a person (GDPR
/// Art. 17). Open applications are withdrawn first; an accepted offer or an open clearance is a legal hold, which only an
/// admin can override. The erasure then travels to every service; 202 with the erasure's id, whose progress
/// GET /api/privacy/erasures/{id} shows.
/// </summary>
public static class RequestErasure
{
    public sealed record Request(string? Subject, bool? Force);

    public sealed record ErasureAccepted(Guid ErasureId);

    public static readonly ProblemCode LegalHold = new("legal-hold", 409, new(
        "The data cannot be erased now: an offer was accepted or a security clearance is open. An admin can force the erasure.",
        "Les données ne peuvent pas être effacées maintenant : une offre a été acceptée ou une habilitation de sécurité est en cours. Un administrateur peut forcer l'effacement."));

    /// <summary>A legal hold: the employment record follows an accepted offer, and an open clearance involves a national authority.</summary>
    public static bool IsHeld(Application application) =>
        application.OfferAcceptedByCandidate == true || application.Status == ApplicationStatus.ClearanceRequested;

    public static void MapRequestErasure(this RouteGroupBuilder privacy) =>
        privacy.MapPost("/erasures", async Task<Results<Accepted<ErasureAccepted>, Problem>> (
                Request request, ClaimsPrincipal user, IDocumentStore store, SubjectKeys keys, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var errors = new FieldErrors();
                errors.Check(request.Subject is { Length: > 3 and <= 320 } subject && subject.Contains('@'), "subject", new(
                    "The subject's e-mail address is required.", "L'adresse électronique de la personne est obligatoire."));
                return errors.Any ? errors.ToProblem()
                    : await EraseAsync(request.Subject!, user.SubjectOf(), request.Force == true, store, keys, clock, cancellationToken);
            })
            .RequireRoles(Roles.Admin)
            .ProducesProblems(LegalHold)
            .WithRequestExample("""{"subject":"ada@example.org"}""");

    public static void MapForgetMe(this RouteGroupBuilder me) =>
        me.MapDelete("", (ClaimsPrincipal user, IDocumentStore store, SubjectKeys keys, TimeProvider clock, CancellationToken cancellationToken) =>
                EraseAsync(user.SubjectOf(), user.SubjectOf(), force: false, store, keys, clock, cancellationToken))
            .ProducesProblems(LegalHold);

    private static async Task<Results<Accepted<ErasureAccepted>, Problem>> EraseAsync(
        string email, string by, bool force, IDocumentStore store, SubjectKeys keys, TimeProvider clock, CancellationToken cancellationToken)
    {
        var subjectId = keys.SubjectId(email);
        IReadOnlyList<Application> applications;
        await using (var query = store.QuerySession())
        {
            applications = await query.Query<Application>().Where(a => a.SubjectId == subjectId).ToListAsync(cancellationToken);
        }

        if (!force && applications.Any(IsHeld))
        {
            return Problems.Of(LegalHold);
        }

        var now = clock.GetUtcNow();
        var erasureId = Guid.CreateVersion7(now);
        await store.RetryAsync(async (session, token) =>
        {
            // R5: what is still open is withdrawn first, as the applicant could have done, so that every service
            // sees the application end before it forgets who made it.
            foreach (var application in applications.Where(a => !a.IsWithdrawn))
            {
                var vacancy = await session.LoadAsync<Vacancy>(Vacancy.StreamId(application.VacancyId), token);
                if (vacancy is null)
                {
                    continue;
                }

                // Decided on the stream's own state (the query above may be a moment old), without the message to the
                // person that the applicant's own withdrawal sends: they are about to be forgotten.
                var stream = await session.ForWritingAsync<Application>(application.Id, token);
                var withdrawn = await stream.DecideAsync(state => state.CanChange(now, vacancy.DeadlineUtc).IsAccepted
                    ? Decision.Accept(new ApplicationWithdrawn(now))
                    : Decision.Accept(), token);
                if (withdrawn.Events.Count > 0)
                {
                    ApplicantCampaign.ReleaseSlot(session, keys, stream.State!);
                }
            }

            session.Events.StartStream<Erasure>(erasureId, new ErasureRequested(erasureId, subjectId, applications.Select(a => a.Id).ToList(), force, by, now));
            await session.SaveChangesAsync(token);
            return true;
        }, cancellationToken);

        return TypedResults.Accepted($"/api/privacy/erasures/{erasureId}", new ErasureAccepted(erasureId));
    }
}
