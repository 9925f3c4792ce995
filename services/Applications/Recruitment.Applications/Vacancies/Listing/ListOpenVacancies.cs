using Marten;
using Recruitment.ServiceDefaults.Paging;

namespace Recruitment.Applications.Vacancies.Listing;

/// <summary>GET /api/vacancies: the vacancies still open, soonest deadline first, paged. Anyone may read them.</summary>
public static class ListOpenVacancies
{
    /// <summary>Where a page of open vacancies ends.</summary>
    public sealed record DeadlineKey(DateTimeOffset DeadlineUtc, Guid Id);

    public static void MapListOpenVacancies(this RouteGroupBuilder vacancies)
    {
        vacancies.MapGet("", async Task<Results<Ok<IReadOnlyList<VacancyView>>, Problem>> (
                int? limit, string? cursor, HttpContext http, IQuerySession session, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var errors = new FieldErrors();
                var page = Paging.Parse<DeadlineKey>(limit, cursor, errors);
                if (errors.Any)
                {
                    return errors.ToProblem();
                }

                // Soonest deadline first, the id breaking ties: a stable order for the cursor.
                var now = clock.GetUtcNow();
                var query = session.Query<Vacancy>().Where(vacancy => vacancy.DeadlineUtc >= now);
                if (page.After is { } after)
                {
                    query = query.Where(v => v.DeadlineUtc > after.DeadlineUtc || (v.DeadlineUtc == after.DeadlineUtc && v.Id.CompareTo(after.Id) > 0));
                }

                var open = await query.OrderBy(vacancy => vacancy.DeadlineUtc).ThenBy(vacancy => vacancy.Id).Take(page.Fetch).ToListAsync(cancellationToken);
                return TypedResults.Ok<IReadOnlyList<VacancyView>>(http.Page(page, open, v => new DeadlineKey(v.DeadlineUtc, v.Id)).Select(VacancyView.From).ToList());
            })
            .AllowAnonymous()
            .ProducesProblems(ProblemCodes.Validation);

        vacancies.MapGet("/{id}", async Task<Results<Ok<VacancyView>, Problem>> (string id, IQuerySession session, CancellationToken cancellationToken) =>
                await session.LoadAsync<Vacancy>(Vacancy.StreamId(id), cancellationToken) is { } vacancy
                    ? TypedResults.Ok(VacancyView.From(vacancy))
                    : Problems.Of(ProblemCodes.NotFound))
            .AllowAnonymous()
            .ProducesProblems(ProblemCodes.NotFound);
    }
}
