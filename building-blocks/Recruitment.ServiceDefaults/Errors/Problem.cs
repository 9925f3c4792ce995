using Microsoft.AspNetCore.Http;

namespace Recruitment.ServiceDefaults.Errors;

/// <summary>
/// An error answer, as a typed result so that an endpoint names it beside its success in Results&lt;…&gt;. Which codes
/// an endpoint answers with is declared with ProducesProblems, for the API description.
/// </summary>
public sealed class Problem : IResult, IStatusCodeHttpResult
{
    private readonly Bilingual? _detail;
    private readonly IReadOnlyDictionary<string, Bilingual[]>? _errors;

    internal Problem(ProblemCode code, Bilingual? detail, IReadOnlyDictionary<string, Bilingual[]>? errors)
    {
        Code = code;
        _detail = detail;
        _errors = errors;
    }

    public ProblemCode Code { get; }

    int? IStatusCodeHttpResult.StatusCode => Code.Status;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var language = Languages.Of(httpContext);
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = Code.Status,
            Title = Code.Title.In(language),
            Detail = _detail?.In(language),
            Type = Code.Type,
        };
        problem.Extensions[Problems.CodeKey] = Code.Code;
        if (_errors is not null)
        {
            problem.Extensions["errors"] = _errors.ToDictionary(e => e.Key, e => e.Value.Select(m => m.In(language)).ToArray());
        }

        return Results.Problem(problem).ExecuteAsync(httpContext);
    }
}
