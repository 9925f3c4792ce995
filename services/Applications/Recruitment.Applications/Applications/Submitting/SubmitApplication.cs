using System.Security.Claims;
using Marten;
using Recruitment.Reference;
using Recruitment.ServiceDefaults.Errors;
using Recruitment.ServiceDefaults.Security;

namespace Recruitment.Applications.Applications.Submitting;

/// <summary>POST /api/applications: an applicant applies to a vacancy (R3).</summary>
public static class SubmitApplication
{
    public sealed record Submitted(Guid ApplicationId, ApplicationStatus Status);

    public static ApplicationSubmitted Decide(Guid applicationId, string vacancyId, string applicantEmail, ApplicationForm form, DateTimeOffset now) =>
        new(applicationId, vacancyId, applicantEmail, form, now);

    public static void MapSubmitApplication(this IEndpointRouteBuilder app) =>
        app.MapPost("/api/applications", async (
                ApplicationRequest request, ClaimsPrincipal user, IDocumentSession session, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var now = clock.GetUtcNow();
                var errors = new FieldErrors();
                var vacancyId = request.VacancyId?.Trim();
                errors.Check(!string.IsNullOrEmpty(vacancyId), "vacancyId", new("This field is required.", "Ce champ est obligatoire."));
                var form = ApplicationFormParser.Parse(request, BrusselsTime.DateOf(now), errors);
                if (errors.Any || form is null)
                {
                    return errors.ToProblem();
                }

                var applicationId = Guid.CreateVersion7(now);
                session.Events.StartStream<Application>(applicationId, Decide(applicationId, vacancyId!, user.SubjectOf(), form, now));
                await session.SaveChangesAsync(cancellationToken);
                return Results.Created($"/api/applications/{applicationId}", new Submitted(applicationId, ApplicationStatus.Submitted));
            })
            .RequireRoles(Roles.Applicant);
}
