using Marten;

namespace Recruitment.Applications.Vacancies.Listing;

/// <summary>GET /api/vacancies: the vacancies still open, soonest deadline first. Anyone may read them.</summary>
public static class ListOpenVacancies
{
    public static void MapListOpenVacancies(this RouteGroupBuilder vacancies)
    {
        vacancies.MapGet("", async (IQuerySession session, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var now = clock.GetUtcNow();
                var open = await session.Query<Vacancy>()
                    .Where(vacancy => vacancy.DeadlineUtc >= now)
                    .OrderBy(vacancy => vacancy.DeadlineUtc)
                    .ToListAsync(cancellationToken);
                return TypedResults.Ok(open.Select(VacancyView.From));
            })
            .AllowAnonymous();

        vacancies.MapGet("/{id}", async Task<Results<Ok<VacancyView>, Problem>> (string id, IQuerySession session, CancellationToken cancellationToken) =>
                await session.LoadAsync<Vacancy>(Vacancy.StreamId(id), cancellationToken) is { } vacancy
                    ? TypedResults.Ok(VacancyView.From(vacancy))
                    : Problems.Of(ProblemCodes.NotFound))
            .AllowAnonymous()
            .ProducesProblems(ProblemCodes.NotFound);
    }
}
