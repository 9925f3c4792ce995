using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.IdentityModel.Tokens;
using Recruitment.ServiceDefaults.Errors;

namespace Recruitment.ServiceDefaults.Security;

/// <summary>POST /dev/token: tokens for any role, mapped in Development only (gateway contract, "Identity").</summary>
public static class DevTokens
{
    public sealed record TokenRequest(string? Role, string? Subject, string? Division);

    public sealed record TokenResponse(string Token);

    public static IEndpointRouteBuilder MapDevTokens(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/dev/token", (TokenRequest request, AuthOptions options) =>
        {
            var errors = new FieldErrors();
            errors.OneOf(request.Role, "role", Roles.All);
            errors.Required(request.Subject, "subject");

            errors.Check(request.Role != Roles.Division || !string.IsNullOrWhiteSpace(request.Division), "division", new(
                "Division staff need a division code, e.g. OPS.", "Le personnel de division doit avoir un code de division, par exemple OPS."));
            return errors.Any ? errors.ToProblem() : Results.Ok(new TokenResponse(Issue(options, request)));
        }).AllowAnonymous().WithTags("Development");
        return endpoints;
    }

    /// <remarks>
    /// Tokens live in real time, not in the domain's clock: tests that move the domain clock by months still
    /// authenticate, as a real client would.
    /// </remarks>
    public static string Issue(AuthOptions options, TokenRequest request)
    {
        var claims = new List<Claim> { new(Claims.Subject, request.Subject!), new(Claims.Role, request.Role!) };
        if (!string.IsNullOrWhiteSpace(request.Division))
        {
            claims.Add(new Claim(Claims.Division, request.Division.ToUpperInvariant()));
        }

        var now = DateTime.UtcNow;
        var token = new JwtSecurityToken(
            options.Issuer,
            options.Audience,
            claims,
            notBefore: now,
            expires: now + options.TokenLifetime,
            signingCredentials: new SigningCredentials(Authentication.SigningKey(options), SecurityAlgorithms.HmacSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }
}
