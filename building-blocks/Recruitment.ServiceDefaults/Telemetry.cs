using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Recruitment.ServiceDefaults;

public static class Telemetry
{
    // The sources and meters the libraries publish under; named here once for every service.
    private static readonly string[] Sources = ["Npgsql", "Marten", "MassTransit", "Recruitment"];
    private static readonly string[] Meters = ["Npgsql", "Marten", "MassTransit", "Recruitment"];

    public static IHostApplicationBuilder AddRecruitmentTelemetry(this IHostApplicationBuilder builder, string serviceName)
    {
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(options =>
                {
                    options.Filter = context => context.Request.Path != "/health" && context.Request.Path != "/alive";

                    // A path may name a person (/api/privacy/subjects/{email}/data): the span keeps the rest of it.
                    options.EnrichWithHttpRequest = (activity, request) =>
                        activity.SetTag("url.path", Privacy.Redaction.RedactPath(request.Path.Value));
                })
                .AddHttpClientInstrumentation()
                .AddSource(Sources))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddRuntimeInstrumentation()
                .AddMeter(Meters));

        // Export only where a collector is configured, the standard way (OTEL_EXPORTER_OTLP_ENDPOINT). Without one, spans
        // are still started so the trace id flows (it is every event's correlation id) but none is recorded: recording
        // tags for each SQL command and message, only to drop them, cost a tenth of the services' CPU under load.
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            telemetry.UseOtlpExporter();
        }
        else
        {
            telemetry.WithTracing(tracing => tracing.SetSampler(new AlwaysOffSampler()));
        }

        return builder;
    }
}
