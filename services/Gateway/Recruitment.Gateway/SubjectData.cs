using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text.Json.Nodes;
using Recruitment.ServiceDefaults.Errors;
using Recruitment.ServiceDefaults.OpenApi;
using Recruitment.ServiceDefaults.Privacy;
using Recruitment.ServiceDefaults.Security;

namespace Recruitment.Gateway;

/// <summary>
/// GDPR Art. 15: GET /api/me/data (the applicant) and GET /api/privacy/subjects/{email}/data (HR, admin) — everything
/// every service holds about a person, as one JSON document with a part per service. Each service answers for its own
/// part, found by the person's subject id and checked against the caller's token; if one cannot answer, the caller
/// gets 503 rather than an export that looks complete and is not.
/// </summary>
public sealed class SubjectData(IHttpClientFactory clients, IConfiguration configuration, SubjectKeys keys, TimeProvider clock)
{
    public async Task<IResult> ExportAsync(string email, HttpContext http, CancellationToken cancellationToken)
    {
        var subjectId = keys.SubjectId(email);
        var export = new JsonObject { ["subject"] = SubjectKeys.Normalise(email), ["exportedAt"] = clock.GetUtcNow() };
        foreach (var (service, address) in DownstreamServices.All(configuration))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(address, $"/privacy/subjects/{subjectId}/data"));
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(http.Request.Headers.Authorization.ToString());
            request.Headers.AcceptLanguage.ParseAdd(Languages.Of(http));
            try
            {
                using var response = await clients.CreateClient(nameof(SubjectData)).SendAsync(request, cancellationToken);
                if (!response.IsSuccessStatusCode)
                {
                    return Problems.Of(ProblemCodes.Unavailable);
                }

                export[service] = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            }
            catch (HttpRequestException)
            {
                return Problems.Of(ProblemCodes.Unavailable);
            }
        }

        return Results.Json(export);
    }

    public static void Map(WebApplication app)
    {
        var privacy = app.MapGroup("").WithTags("Privacy");
        privacy.MapGet("/api/me/data", (ClaimsPrincipal user, SubjectData data, HttpContext http, CancellationToken cancellationToken) =>
                data.ExportAsync(user.SubjectOf(), http, cancellationToken))
            .RequireRoles(Roles.Applicant)
            .Produces<JsonObject>()
            .ProducesProblems(ProblemCodes.Unavailable);
        privacy.MapGet("/api/privacy/subjects/{email}/data", (string email, SubjectData data, HttpContext http, CancellationToken cancellationToken) =>
                data.ExportAsync(email, http, cancellationToken))
            .RequireRoles(Roles.Hr, Roles.Admin)
            .Produces<JsonObject>()
            .ProducesProblems(ProblemCodes.Unavailable);
    }
}
