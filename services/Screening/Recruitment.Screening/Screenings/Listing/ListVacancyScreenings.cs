using Marten;
using Recruitment.ServiceDefaults.Security;

namespace Recruitment.Screening.Screenings.Listing;

/// <summary>GET /api/screening/vacancies/{vacancyId}: the applications of one vacancy, read through the vacancy index.</summary>
public static class ListVacancyScreenings
{
    public sealed record ScreeningRow(Guid ApplicationId, string VacancyId, DateTimeOffset SubmittedAt, object? Eligibility, decimal? Score);

    public static void MapListVacancyScreenings(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/screening/vacancies/{vacancyId}", async (string vacancyId, IQuerySession session, CancellationToken cancellationToken) =>
            {
                var screenings = await session.Query<Screening>()
                    .Where(screening => screening.VacancyId == vacancyId)
                    .OrderBy(screening => screening.SubmittedAt)
                    .ToListAsync(cancellationToken);
                return Results.Ok(screenings.Select(s => new ScreeningRow(s.Id, s.VacancyId, s.SubmittedAt, null, null)));
            })
            .RequireRoles(Roles.Hr, Roles.Admin);
}
