using System.Security.Claims;

namespace Recruitment.ServiceDefaults.Security;

public static class Claims
{
    public const string Subject = "sub";
    public const string Role = "role";
    public const string Division = "division";

    /// <summary>
    /// The applicant's e-mail for applicants; the staff member's id otherwise. Read from the identity's name claim,
    /// which is "sub" unless Auth:SubjectClaim names another (an OpenID Connect provider's "email").
    /// </summary>
    public static string SubjectOf(this ClaimsPrincipal user) =>
        (user.Identity as ClaimsIdentity)?.Name ?? user.FindFirstValue(Subject)
        ?? throw new InvalidOperationException("An authenticated caller always has a subject.");

    public static string? DivisionOf(this ClaimsPrincipal user) => user.FindFirstValue(Division);
}
