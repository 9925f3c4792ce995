using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace Recruitment.ServiceDefaults.Errors;

/// <summary>Every error leaves as application/problem+json with a code, whether our code or the framework answered.</summary>
public static partial class ProblemDetailsSetup
{
    /// <summary>How long a client is asked to wait after a 503: a restart of the database, the broker or a service.</summary>
    public const int RetryAfterSeconds = 5;

    public static IServiceCollection AddRecruitmentProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;

            // Every 503 says when to try again, whoever answered it: our handler, an endpoint, or the gateway's proxy.
            if (problem.Status == StatusCodes.Status503ServiceUnavailable && !context.HttpContext.Response.Headers.ContainsKey(HeaderNames.RetryAfter))
            {
                context.HttpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (problem.Extensions.ContainsKey(Problems.CodeKey))
            {
                return;
            }

            // The framework answered (auth challenge, unknown route, body too large): give it the contract's shape.
            var code = ProblemCodes.ForStatus(problem.Status ?? StatusCodes.Status500InternalServerError);
            problem.Title = code.Title.In(Languages.Of(context.HttpContext));
            problem.Type = code.Type;
            problem.Extensions[Problems.CodeKey] = code.Code;
        });
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<UnavailableExceptionHandler>();
        return services;
    }

    public static WebApplication UseRecruitmentErrors(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
    }

    /// <summary>
    /// The database or the broker is away (restarting, unreachable): 503 with Retry-After, so a client knows to try again
    /// and nothing is half done — the request's transaction never committed.
    /// </summary>
    private sealed partial class UnavailableExceptionHandler(ILogger<UnavailableExceptionHandler> logger) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            if (!TransientFaults.Is(exception) || httpContext.Response.HasStarted)
            {
                return false;
            }

            LogUnavailable(logger, Privacy.Redaction.RedactPath(httpContext.Request.Path.Value), Privacy.Redaction.Redact(exception.Message));
            await Problems.Of(ProblemCodes.Unavailable).ExecuteAsync(httpContext);
            return true;
        }

        [LoggerMessage(Level = LogLevel.Warning, Message = "{Path} answered 503: a dependency is unavailable ({Reason})")]
        private static partial void LogUnavailable(ILogger logger, string path, string reason);
    }

    /// <summary>Malformed JSON, a body too large, a wrong content type: a clear 4xx, never a 500.</summary>
    private sealed class BadRequestExceptionHandler(ILogger<BadRequestExceptionHandler> logger) : IExceptionHandler
    {
        private static readonly Bilingual MalformedBody = new(
            "The body could not be read: it is not valid JSON of the expected shape.",
            "Le corps de la requête est illisible : ce n'est pas un JSON valide de la forme attendue.");

        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            if (exception is not BadHttpRequestException bad)
            {
                return false;
            }

            logger.LogInformation("Rejected a bad request: {Reason}", bad.Message);
            var result = bad.StatusCode switch
            {
                StatusCodes.Status413PayloadTooLarge => Problems.Of(ProblemCodes.TooLarge),
                StatusCodes.Status415UnsupportedMediaType => Problems.Of(ProblemCodes.UnsupportedMediaType),
                _ => Problems.Validation("body", MalformedBody),
            };
            await result.ExecuteAsync(httpContext);
            return true;
        }
    }
}
