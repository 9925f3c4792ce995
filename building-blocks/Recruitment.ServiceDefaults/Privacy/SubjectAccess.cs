using System.Security.Claims;
using Recruitment.ServiceDefaults.Security;

namespace Recruitment.ServiceDefaults.Privacy;

/// <summary>Who may read all that is held about a person: the person, and HR and admins.</summary>
public static class SubjectAccess
{
    public static bool MayReadDataOf(this ClaimsPrincipal user, string subjectId, SubjectKeys keys) =>
        user.IsInRole(Roles.Hr) || user.IsInRole(Roles.Admin)
        || (user.IsInRole(Roles.Applicant) && keys.SubjectId(user.SubjectOf()) == subjectId);
}
