using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Recruitment.ServiceDefaults.Errors;
using Recruitment.ServiceDefaults.OpenApi;
using Recruitment.ServiceDefaults.Privacy;
using Recruitment.ServiceDefaults.Security;

namespace Recruitment.ServiceDefaults;

/// <summary>What every process of the system shares, so that each Program.cs stays a few lines long.</summary>
public static class ServiceDefaultsExtensions
{
    /// <summary>Health checks tagged with this take part in readiness (/health); /alive only asks whether the process runs.</summary>
    public const string ReadyTag = "ready";

    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder, string serviceName)
    {
        builder.AddRecruitmentTelemetry(serviceName);
        builder.Services.AddSingleton(Clock(builder));
        builder.Services.ConfigureHttpJsonOptions(json =>
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower)));
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy());
        builder.Services.AddRecruitmentProblemDetails();
        builder.Services.AddRecruitmentOpenApi(serviceName);
        builder.AddRecruitmentAuthentication();
        builder.AddSubjectKeys();
        builder.Services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler());
        return builder;
    }

    /// <summary>The real clock, except in Development under `up`, whose processes share one that can be moved (.data/clock).</summary>
    private static TimeProvider Clock(IHostApplicationBuilder builder) =>
        builder.Environment.IsDevelopment() && builder.Configuration["Clock:File"] is { Length: > 0 } file
            ? new DevelopmentClock(file)
            : TimeProvider.System;

    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseRecruitmentErrors();
        app.UseAuthentication();
        app.UseAuthorization();

        // Both in every environment: orchestrators probe them in production too.
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) || check.Name == "self" });
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = check => check.Name == "self" });
        app.MapOpenApi().AllowAnonymous();

        if (app.Environment.IsDevelopment())
        {
            app.MapDevTokens();
        }

        return app;
    }
}
