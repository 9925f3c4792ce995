using System.Threading.RateLimiting;
using Recruitment.ServiceDefaults;
using Recruitment.ServiceDefaults.OpenApi;
using Scalar.AspNetCore;
using Recruitment.ServiceDefaults.Errors;
using Recruitment.ServiceDefaults.Security;

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
        builder.Services.AddSingleton<CombinedApiDescription>();
        builder.Services.AddSingleton<SubjectData>();
        builder.Services.AddHealthChecks().AddCheck<DownstreamHealthCheck>("services", tags: [ServiceDefaultsExtensions.ReadyTag]);

        var permitsPerMinute = builder.Configuration.GetValue("Gateway:PermitsPerMinutePerClient", 6000);
        var writesPerMinute = builder.Configuration.GetValue("Gateway:WritesPerMinutePerApplicant", 60);
        builder.Services.AddRateLimiter(limiter =>
        {
            // Every client address, for every API request: a flood from one place.
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments("/api")
                    ? RateLimitPartition.GetFixedWindowLimiter($"ip:{context.Connection.RemoteIpAddress}",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1) })
                    : RateLimitPartition.GetNoLimiter("other"));

            // Each applicant's writes, by the token's subject: one office behind one address is many applicants, and
            // one applicant is one person however many addresses they write from. Staff work in bulk and are not
            // limited this way.
            limiter.AddPolicy(ApiRateLimit, context =>
                !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method)
                && context.User.IsInRole(Roles.Applicant) && context.User.Identity?.Name is { } subject
                    ? RateLimitPartition.GetFixedWindowLimiter($"applicant:{subject.ToLowerInvariant()}",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = writesPerMinute, Window = TimeSpan.FromMinutes(1) })
                    : RateLimitPartition.GetNoLimiter("unlimited"));

            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 60;
                context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await Problems.Of(ProblemCodes.TooManyRequests).ExecuteAsync(context.HttpContext);
            };
        });
        return builder;
    }

    public static WebApplication MapGatewayModule(this WebApplication app)
    {
        CombinedApiDescription.Map(app);
        Dashboard.Map(app);
        SubjectData.Map(app);
        app.MapScalarApiReference("/scalar", scalar => scalar
            .WithTitle("Recruitment API")
            .WithOpenApiRoutePattern(ApiDescription.DocumentPath));

        var limits = app.Configuration.GetSection(BodyLimits.Options.Section).Get<BodyLimits.Options>() ?? new BodyLimits.Options();
        app.MapReverseProxy(proxy =>
        {
            proxy.UseBodyLimits(limits);
            proxy.UseUnavailableForDownstreamErrors();
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        }).RequireRateLimiting(ApiRateLimit);
        return app;
    }
}
