using Marten;

namespace Recruitment.Applications.Vacancies.Listing;

/// <summary>GET /api/vacancies: the vacancies still open, soonest deadline first. Anyone may read them.</summary>
public static class ListOpenVacancies
{
    public static void MapListOpenVacancies(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/vacancies", async (IQuerySession session, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var now = clock.GetUtcNow();
                var open = await session.Query<Vacancy>()
                    .Where(vacancy => vacancy.DeadlineUtc >= now)
                    .OrderBy(vacancy => vacancy.DeadlineUtc)
                    .ToListAsync(cancellationToken);
                return Results.Ok(open.Select(VacancyView.From));
            })
            .AllowAnonymous();

        app.MapGet("/api/vacancies/{id}", async (string id, IQuerySession session, CancellationToken cancellationToken) =>
                await session.LoadAsync<Vacancy>(Vacancy.StreamId(id), cancellationToken) is { } vacancy
                    ? Results.Ok(VacancyView.From(vacancy))
                    : Recruitment.ServiceDefaults.Errors.Problems.Of(Recruitment.ServiceDefaults.Errors.ProblemCodes.NotFound))
            .AllowAnonymous();
    }
}
