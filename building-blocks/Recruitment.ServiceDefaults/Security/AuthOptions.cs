namespace Recruitment.ServiceDefaults.Security;

/// <summary>The "Auth" configuration section, shared by the gateway and every service so that one token works everywhere.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>Only for Development: any real environment must configure its own key.</summary>
    internal const string DevelopmentSigningKey = "recruitment-development-signing-key-not-for-production-use";

    public string Issuer { get; set; } = "recruitment";

    public string Audience { get; set; } = "recruitment";

    public string? SigningKey { get; set; }

    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(8);
}
