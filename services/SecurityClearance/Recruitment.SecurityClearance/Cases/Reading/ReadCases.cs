using Marten;
using Recruitment.ServiceDefaults.Paging;
using Recruitment.Reference;
using Recruitment.SecurityClearance.Offers;
using Recruitment.SecurityClearance.Statistics;

namespace Recruitment.SecurityClearance.Cases.Reading;

/// <summary>
/// GET /api/clearances?status=requested|in-progress|overdue|granted|denied|withdrawn (overdue: open more than eight
/// months by the injected clock, R18); GET /api/clearances/{id}; GET /api/clearances/statistics (how long clearances
/// take per national authority); GET /api/clearances/{id}/prediction (which intake an open case can still reach).
/// </summary>
public static class ReadCases
{
    public sealed record AuthorityStatistics(string Authority, int Granted, int MedianDays, int SpreadFromDays, int SpreadToDays);

    /// <summary>What the list filters by: the statuses a case shows, and "overdue" (open more than eight months, R18).</summary>
    private static readonly string[] ListedStatuses = ["requested", "in-progress", "overdue", "granted", "denied", "withdrawn"];

    /// <summary>Where a page of cases ends.</summary>
    public sealed record CaseKey(DateTimeOffset? RequestedAt, Guid Id);

    public sealed record Prediction(Guid ClearanceId, string Authority, int Samples, int MedianDays, DateOnly ExpectedGrant, DateOnly ReachableIntake);

    public static void MapReadCases(this RouteGroupBuilder clearances)
    {
        clearances.MapGet("", async Task<Results<Ok<IReadOnlyList<CaseView>>, Problem>> (
                string? status, int? limit, string? cursor, HttpContext http, IQuerySession session, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var errors = new FieldErrors();
                var page = Paging.Parse<CaseKey>(limit, cursor, errors);
                var query = session.Query<ClearanceCase>().Where(c => c.Status != CaseStatus.AwaitingInterest);
                var now = clock.GetUtcNow();
                var named = string.IsNullOrEmpty(status) ? null : errors.OneOf(status, "status", ListedStatuses);
                if (named == "overdue")
                {
                    var overdueBefore = now.AddMonths(-Reminders.ReminderJob.OverdueMonths);
                    query = query.Where(c => (c.Status == CaseStatus.Requested || c.Status == CaseStatus.InProgress) && c.RequestedAt < overdueBefore);
                }
                else if (KebabCase.Parse<CaseStatus>(named) is { } parsed)
                {
                    query = query.Where(c => c.Status == parsed);
                }

                if (errors.Any)
                {
                    return errors.ToProblem();
                }

                // Oldest request first, the case id breaking ties: a stable order for the cursor.
                if (page.After is { } after)
                {
                    query = query.Where(c => c.RequestedAt > after.RequestedAt || (c.RequestedAt == after.RequestedAt && c.Id.CompareTo(after.Id) > 0));
                }

                var cases = await query.OrderBy(c => c.RequestedAt).ThenBy(c => c.Id).Take(page.Fetch).ToListAsync(cancellationToken);
                return TypedResults.Ok(http.Page(page, cases.Select(CaseView.From).ToList(), c => new CaseKey(c.RequestedAt, c.ClearanceId)));
            })
            .ProducesProblems(ProblemCodes.Validation);

        clearances.MapGet("/{id:guid}", async Task<Results<Ok<CaseView>, Problem>> (Guid id, IQuerySession session, CancellationToken cancellationToken) =>
                await session.LoadAsync<ClearanceCase>(id, cancellationToken) is { Status: not CaseStatus.AwaitingInterest } found
                    ? TypedResults.Ok(CaseView.From(found))
                    : Problems.Of(ProblemCodes.NotFound))
            .ProducesProblems(ProblemCodes.NotFound);

        clearances.MapGet("/statistics", async (IQuerySession session, CancellationToken cancellationToken) =>
            {
                var all = await session.Query<ClearanceDurations>().ToListAsync(cancellationToken);
                return TypedResults.Ok(all.OrderBy(d => d.Id).Select(d => new AuthorityStatistics(d.Id, d.Days.Count, d.Median, d.Spread.From, d.Spread.To)));
            });

        clearances.MapGet("/{id:guid}/prediction", async Task<Results<Ok<Prediction>, Problem>> (Guid id, IQuerySession session, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                if (await session.LoadAsync<ClearanceCase>(id, cancellationToken) is not { IsOpen: true } open)
                {
                    return Problems.Of(ProblemCodes.NotFound, new("No open case has this id.", "Aucun dossier ouvert n'a cet identifiant."));
                }

                var durations = await session.LoadAsync<ClearanceDurations>(open.Authority!, cancellationToken);
                var median = durations is { Days.Count: > 0 } ? durations.Median : DefaultDays;
                return TypedResults.Ok(Predict(open, durations?.Days.Count ?? 0, median, BrusselsTime.DateOf(clock.GetUtcNow())));
            })
            .ProducesProblems(ProblemCodes.NotFound);
    }

    /// <summary>Without any granted case of that authority yet, R18's usual six to eight months: seven.</summary>
    public const int DefaultDays = 213;

    /// <summary>The expected grant is the request plus the median, but never before today; the intake follows from it (R19).</summary>
    public static Prediction Predict(ClearanceCase open, int samples, int medianDays, DateOnly today)
    {
        var expected = DateOnly.FromDateTime(open.RequestedAt!.Value.UtcDateTime).AddDays(medianDays);
        if (expected < today)
        {
            expected = today;
        }

        return new Prediction(open.Id, open.Authority!, samples, medianDays, expected, StartDates.After(expected));
    }
}
