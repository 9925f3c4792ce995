namespace Recruitment.ServiceDefaults.Security;

/// <summary>
/// The "Auth" configuration section, shared by the gateway and every service so that one token works everywhere.
/// Either a shared signing key (HMAC-SHA256, tokens minted by the organisation's own issuer or, in Development, by
/// /dev/token) or an OpenID Connect provider (<see cref="Authority"/>: its signing keys come from its JWKS).
/// </summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>HMAC-SHA256 wants a key at least as long as its output: 32 bytes.</summary>
    public const int MinimumKeyBytes = 32;

    public string Issuer { get; set; } = "recruitment";

    public string Audience { get; set; } = "recruitment";

    public string? SigningKey { get; set; }

    /// <summary>An OpenID Connect issuer (https://login.example.org/realms/hr): its discovery document names the JWKS.</summary>
    public string? Authority { get; set; }

    /// <summary>The claim that holds the person's e-mail address, which the domain knows applicants by.</summary>
    public string SubjectClaim { get; set; } = Claims.Subject;

    public string RoleClaim { get; set; } = Claims.Role;

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
