using Microsoft.AspNetCore.Http;

namespace Recruitment.ServiceDefaults.Errors;

/// <summary>Builds the contract's problem details: a stable code, a title in the caller's language, per-field messages.</summary>
public static class Problems
{
    public const string CodeKey = "code";

    public static IResult Of(ProblemCode code, Bilingual? detail = null) => new ProblemResult(code, detail, null);

    public static IResult Validation(IReadOnlyDictionary<string, Bilingual[]> errors) =>
        new ProblemResult(ProblemCodes.Validation, null, errors);

    public static IResult Validation(string field, Bilingual message) =>
        Validation(new Dictionary<string, Bilingual[]> { [field] = [message] });

    private sealed class ProblemResult(ProblemCode code, Bilingual? detail, IReadOnlyDictionary<string, Bilingual[]>? errors) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var language = Languages.Of(httpContext);
            var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = code.Status,
                Title = code.Title.In(language),
                Detail = detail?.In(language),
                Type = $"https://recruitment.example/problems/{code.Code}",
            };
            problem.Extensions[CodeKey] = code.Code;
            if (errors is not null)
            {
                problem.Extensions["errors"] = errors.ToDictionary(e => e.Key, e => e.Value.Select(m => m.In(language)).ToArray());
            }

            return Results.Problem(problem).ExecuteAsync(httpContext);
        }
    }
}
