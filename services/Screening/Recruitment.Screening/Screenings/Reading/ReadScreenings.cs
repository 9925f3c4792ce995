using Marten;
using Recruitment.ServiceDefaults.Paging;
using Recruitment.Screening.Rules;

namespace Recruitment.Screening.Screenings.Reading;

/// <summary>
/// GET /api/screening/vacancies/{vacancyId}: a vacancy's applications ranked by score (R11), through the vacancy index.
/// GET /api/screening/applications/{id}: one screening with the provenance of its decision, and /replay: every recorded
/// decision judged again with its own rule-set version, inputs and deadline, to show it comes out the same.
/// </summary>
public static class ReadScreenings
{
    public sealed record Replayed(DateTimeOffset At, string RuleSetVersion, DateOnly DeadlineDate, IReadOnlyList<string> Recorded, IReadOnlyList<string> Replay, bool Identical);

    /// <summary>Where a page of a vacancy's ranking ends.</summary>
    public sealed record RankKey(int Rank, DateTimeOffset SubmittedAt, Guid Id);

    public sealed record Detail(ScreeningView Screening, EligibilityAssessed? Decision);

    public static void MapReadScreenings(this RouteGroupBuilder screening)
    {
        screening.MapGet("/vacancies/{vacancyId}", async Task<Results<Ok<IReadOnlyList<ScreeningView>>, Problem>> (
                string vacancyId, int? limit, string? cursor, HttpContext http, IQuerySession session, CancellationToken cancellationToken) =>
            {
                var errors = new FieldErrors();
                var page = Paging.Parse<RankKey>(limit, cursor, errors);
                if (errors.Any)
                {
                    return errors.ToProblem();
                }

                // Highest score first (R11), then the earlier submission, then the id: a stable order for the cursor.
                var query = session.Query<Screening>().Where(s => s.VacancyId == vacancyId);
                if (page.After is { } after)
                {
                    query = query.Where(s => s.Rank < after.Rank
                        || (s.Rank == after.Rank && (s.SubmittedAt > after.SubmittedAt || (s.SubmittedAt == after.SubmittedAt && s.Id.CompareTo(after.Id) > 0))));
                }

                var screenings = await query.OrderByDescending(s => s.Rank).ThenBy(s => s.SubmittedAt).ThenBy(s => s.Id)
                    .Take(page.Fetch).ToListAsync(cancellationToken);
                var language = Languages.Of(http);
                return TypedResults.Ok<IReadOnlyList<ScreeningView>>(http.Page(page, screenings, s => new RankKey(s.Rank, s.SubmittedAt, s.Id))
                    .Select(s => ScreeningView.From(s, language)).ToList());
            })
            .ProducesProblems(ProblemCodes.Validation);

        screening.MapGet("/applications/{id:guid}", async Task<Results<Ok<Detail>, Problem>> (Guid id, HttpContext http, IQuerySession session, CancellationToken cancellationToken) =>
                await session.LoadAsync<Screening>(id, cancellationToken) is { AwaitingSubmission: false } screening
                    ? TypedResults.Ok(new Detail(ScreeningView.From(screening, Languages.Of(http)), screening.Assessment))
                    : Problems.Of(ProblemCodes.NotFound))
            .ProducesProblems(ProblemCodes.NotFound);

        screening.MapGet("/applications/{id:guid}/replay", async Task<Results<Ok<List<Replayed>>, Problem>> (Guid id, IQuerySession session, CancellationToken cancellationToken) =>
            {
                var events = await session.Events.FetchStreamAsync(id, token: cancellationToken);
                if (events.Count == 0)
                {
                    return Problems.Of(ProblemCodes.NotFound);
                }

                var replays = new List<Replayed>();
                foreach (var decision in events.Select(e => e.Data).OfType<EligibilityAssessed>())
                {
                    replays.Add(Replay(decision, await RuleBook.VersionAsync(session, decision.RuleSetVersion, cancellationToken)));
                }

                return TypedResults.Ok(replays);
            })
            .ProducesProblems(ProblemCodes.NotFound);
    }

    public static Replayed Replay(EligibilityAssessed decision, RuleSet rules)
    {
        var recorded = decision.RuleReasons.Select(r => $"{r.Rule}:{r.Code}").ToList();
        var replay = Eligibility.Judge(rules, decision.Candidate, decision.DeadlineDate).Select(r => $"{r.Rule}:{r.Code}").ToList();
        return new Replayed(decision.At, decision.RuleSetVersion, decision.DeadlineDate, recorded, replay, recorded.SequenceEqual(replay));
    }
}
