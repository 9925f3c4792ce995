using System.Threading.RateLimiting;
using Recruitment.ServiceDefaults;
using Recruitment.ServiceDefaults.Errors;

namespace Recruitment.Gateway;

/// <summary>
/// The one address clients know: routes /api/* to the four services (YARP, "ReverseProxy" in configuration), limits
/// each client's request rate, and is ready only when every service behind it is.
/// </summary>
public static class GatewayModule
{
    public const string Name = "gateway";
    public const string ApiRateLimit = "api";

    public static IHostApplicationBuilder AddGatewayModule(this IHostApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
        builder.Services.AddHealthChecks().AddCheck<DownstreamHealthCheck>("services", tags: [ServiceDefaultsExtensions.ReadyTag]);

        var permitsPerMinute = builder.Configuration.GetValue("Gateway:PermitsPerMinutePerClient", 6000);
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.AddPolicy(ApiRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1) }));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await Problems.Of(ProblemCodes.TooManyRequests).ExecuteAsync(context.HttpContext);
            };
        });
        return builder;
    }

    public static WebApplication MapGatewayModule(this WebApplication app)
    {
        var limits = app.Configuration.GetSection(BodyLimits.Options.Section).Get<BodyLimits.Options>() ?? new BodyLimits.Options();
        app.MapReverseProxy(proxy =>
        {
            proxy.UseBodyLimits(limits);
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        }).RequireRateLimiting(ApiRateLimit);
        return app;
    }
}
