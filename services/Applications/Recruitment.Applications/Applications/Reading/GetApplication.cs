using System.Security.Claims;
using Marten;
using Recruitment.ServiceDefaults.Errors;
using Recruitment.ServiceDefaults.Security;

namespace Recruitment.Applications.Applications.Reading;

/// <summary>GET /api/applications/{id}: where the candidate stands. An applicant sees only their own (else 404).</summary>
public static class GetApplication
{
    public sealed record ApplicationView(Guid ApplicationId, string VacancyId, ApplicationStatus Status, object? Eligibility, object? Offer);

    public static void MapGetApplication(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/applications/{id:guid}", async (Guid id, ClaimsPrincipal user, IQuerySession session, CancellationToken cancellationToken) =>
            {
                var application = await session.LoadAsync<Application>(id, cancellationToken);
                return application is null || !CanSee(user, application)
                    ? Problems.Of(ProblemCodes.NotFound)
                    : Results.Ok(new ApplicationView(application.Id, application.VacancyId, application.Status, null, null));
            })
            .RequireRoles(Roles.Applicant, Roles.Hr, Roles.Admin);

    /// <summary>Staff see every application; an applicant only those submitted under their own e-mail.</summary>
    public static bool CanSee(ClaimsPrincipal user, Application application) =>
        !user.IsInRole(Roles.Applicant) || string.Equals(user.SubjectOf(), application.ApplicantEmail, StringComparison.OrdinalIgnoreCase);
}
