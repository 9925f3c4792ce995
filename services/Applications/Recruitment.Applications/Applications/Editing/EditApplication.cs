using System.Security.Claims;
using Marten;
using Recruitment.Applications.Applications.Reading;
using Recruitment.Applications.Applications.Submitting;
using Recruitment.EventSourcing;
using Recruitment.Reference;

namespace Recruitment.Applications.Applications.Editing;

/// <summary>PUT /api/applications/{id}: the applicant corrects their application, until the deadline (R5).</summary>
public static class EditApplication
{
    public static Decision Decide(Application application, DateTimeOffset deadlineUtc, ApplicationForm form, DateTimeOffset now)
    {
        var allowed = application.CanChange(now, deadlineUtc);
        return allowed.IsAccepted ? Decision.Accept(new ApplicationEdited(form, now)) : allowed;
    }

    public static void MapEditApplication(this RouteGroupBuilder applying) =>
        applying.MapPut("/{id:guid}", async Task<Results<Ok<ApplicationView>, Problem>> (
                Guid id, ApplicationRequest request, ClaimsPrincipal user, HttpContext http, IDocumentStore store, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var now = clock.GetUtcNow();
                var errors = new FieldErrors();
                var form = ApplicationFormParser.Parse(request, BrusselsTime.DateOf(now), errors);
                if (errors.Any || form is null)
                {
                    return errors.ToProblem();
                }

                return await ChangeApplication.RunAsync(store, id, user, (application, vacancy) =>
                        request.VacancyId?.Trim() is { } vacancyId && vacancyId != application.VacancyId
                            ? Decision.Refuse(ProblemCodes.Validation, new(
                                "An application stays with its vacancy: withdraw it and apply to the other one.",
                                "Une candidature reste liée à son offre : retirez-la et postulez à l'autre offre."))
                            : Decide(application, vacancy.DeadlineUtc, form, now),
                    changed => TypedResults.Ok(ApplicationView.From(changed, Languages.Of(http))),
                    cancellationToken);
            })
            .ProducesProblems(ProblemCodes.NotFound, ProblemCodes.DeadlinePassed, ProblemCodes.InvalidTransition)
            .WithRequestExample(ApplicationRequest.Example);
}
