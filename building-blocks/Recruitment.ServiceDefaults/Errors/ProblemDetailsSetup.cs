using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Recruitment.ServiceDefaults.Errors;

/// <summary>Every error leaves as application/problem+json with a code, whether our code or the framework answered.</summary>
public static class ProblemDetailsSetup
{
    public static IServiceCollection AddRecruitmentProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            if (problem.Extensions.ContainsKey(Problems.CodeKey))
            {
                return;
            }

            // The framework answered (auth challenge, unknown route, body too large): give it the contract's shape.
            var code = ProblemCodes.ForStatus(problem.Status ?? StatusCodes.Status500InternalServerError);
            problem.Title = code.Title.In(Languages.Of(context.HttpContext));
            problem.Type = $"https://recruitment.example/problems/{code.Code}";
            problem.Extensions[Problems.CodeKey] = code.Code;
        });
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        return services;
    }

    public static WebApplication UseRecruitmentErrors(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        return app;
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
