using System.Security.Claims;

namespace Recruitment.Applications.Applications;

/// <summary>Who may see an application: its applicant, and HR and admins. Anyone else is told it does not exist (404).</summary>
public static class ApplicationAccess
{
    public static bool CanSee(this ClaimsPrincipal user, Application application) =>
        user.IsInRole(Roles.Hr) || user.IsInRole(Roles.Admin) || user.IsApplicantOf(application);

    public static bool IsApplicantOf(this ClaimsPrincipal user, Application application) =>
        user.IsInRole(Roles.Applicant) && string.Equals(user.SubjectOf(), application.ApplicantEmail, StringComparison.OrdinalIgnoreCase);
}
