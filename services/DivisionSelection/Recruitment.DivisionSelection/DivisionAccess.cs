using System.Security.Claims;

namespace Recruitment.DivisionSelection;

/// <summary>Division staff act only for their own division (the JWT "division" claim); admins for any.</summary>
public static class DivisionAccess
{
    public static bool ActsFor(this ClaimsPrincipal user, string division) =>
        user.IsInRole(Roles.Admin) || (user.IsInRole(Roles.Division) && string.Equals(user.DivisionOf(), division, StringComparison.OrdinalIgnoreCase));

    public static Problem Forbidden(string division) => Problems.Of(ProblemCodes.Forbidden, new(
        $"You act for another division than {division}.", $"Vous agissez pour une autre division que {division}."));
}
