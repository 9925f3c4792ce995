using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Tokens;

namespace Recruitment.ServiceDefaults.Security;

public static class Authentication
{
    public static IHostApplicationBuilder AddRecruitmentAuthentication(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        options.Authority = string.IsNullOrWhiteSpace(options.Authority) ? null : options.Authority; // compose passes unset as ""
        Validate(options);
        builder.Services.AddSingleton(options);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = options.Authority ?? options.Issuer,
                ValidAudience = options.Audience,
                NameClaimType = options.SubjectClaim,
                RoleClaimType = options.RoleClaim,
                ClockSkew = TimeSpan.FromSeconds(30),
            };
            if (options.Authority is not null)
            {
                jwt.Authority = options.Authority;
            }
            else
            {
                jwt.TokenValidationParameters.IssuerSigningKey = SigningKey(options);
            }
        });
        builder.Services.AddAuthorization();
        return builder;
    }

    /// <summary>Only these roles may call the endpoint; anyone else gets 403, no token 401.</summary>
    public static TBuilder RequireRoles<TBuilder>(this TBuilder endpoint, params string[] roles)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.RequireAuthorization(policy => policy.RequireRole(roles));

    /// <summary>
    /// No key is built in, in any environment: a key in the code is a key everyone has. A missing or short key stops
    /// the process before it serves anything, with one line that says what to set.
    /// </summary>
    private static void Validate(AuthOptions options)
    {
        if (options.Authority is not null)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(options.SigningKey))
        {
            throw new StartupConfigurationException(
                "Auth:SigningKey is not set (environment: Auth__SigningKey): set a random secret of at least 32 bytes, shared by the gateway and every service, or Auth:Authority for an OpenID Connect provider.");
        }

        if (Encoding.UTF8.GetByteCount(options.SigningKey) < AuthOptions.MinimumKeyBytes)
        {
            throw new StartupConfigurationException(
                $"Auth:SigningKey is {Encoding.UTF8.GetByteCount(options.SigningKey)} bytes long: HMAC-SHA256 needs at least {AuthOptions.MinimumKeyBytes} (for example: openssl rand -base64 48).");
        }
    }

    internal static SymmetricSecurityKey SigningKey(AuthOptions options) =>
        new(Encoding.UTF8.GetBytes(options.SigningKey!));
}
