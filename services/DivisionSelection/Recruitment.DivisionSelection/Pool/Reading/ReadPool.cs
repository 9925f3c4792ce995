using System.Security.Claims;
using Marten;
using Recruitment.ServiceDefaults.Paging;

namespace Recruitment.DivisionSelection.Pool.Reading;

/// <summary>
/// GET /api/divisions/{code}/pool: every eligible candidate of the campaign pool, whatever the vacancy's division
/// (R13), ranked by the screening score (R11, R12), with the division's own scorecard totals (R14). A requested
/// accommodation (R15) is shown only to a division that has an interview or test scheduled with the candidate.
/// </summary>
public static class ReadPool
{
    public sealed record InterviewView(Guid InterviewId, InterviewKind Kind, DateTimeOffset ScheduledFor, bool Cancelled);

    public sealed record PoolEntry(
        Guid ApplicationId,
        string VacancyId,
        string Campaign,
        string GivenName,
        string FamilyName,
        string EducationLevel,
        string English,
        string French,
        int Score,
        bool ShortlistedByYou,
        IReadOnlyList<InterviewView> Interviews,
        int Scorecards,
        int ScorecardTotal,
        double? AverageScorecardTotal,
        string? SelectedBy,
        bool? AccommodationRequested);

    /// <summary>Where a page of the pool ends.</summary>
    public sealed record RankKey(int Score, DateTimeOffset JoinedAt, Guid Id);

    public static PoolEntry View(PoolCandidate c, string division)
    {
        // R15: the accommodation is for those who organise the candidate's interview or test, not for a division that
        // has only shortlisted them; and each division sees its own assessments, never another's.
        var interviews = c.Interviews.Where(i => i.Division == division).ToList();
        var organises = interviews.Any(i => !i.Cancelled);
        var scorecards = c.Scorecards.Where(s => s.Division == division).ToList();
        return new PoolEntry(c.Id, c.VacancyId, c.Campaign, c.GivenName, c.FamilyName, c.EducationLevel, c.English, c.French, c.Score,
            c.IsShortlistedBy(division),
            interviews.Select(i => new InterviewView(i.Id, i.Kind, i.ScheduledFor, i.Cancelled)).ToList(),
            scorecards.Count, scorecards.Sum(s => s.Total), scorecards.Count == 0 ? null : scorecards.Average(s => s.Total),
            c.SelectedBy, organises ? c.AccommodationRequested : null);
    }

    public static void MapReadPool(this RouteGroupBuilder division) =>
        division.MapGet("/pool", async Task<Results<Ok<IReadOnlyList<PoolEntry>>, Problem>> (
                string code, string? campaign, int? limit, string? cursor, ClaimsPrincipal user, HttpContext http, IQuerySession session, CancellationToken cancellationToken) =>
            {
                var division = code.ToUpperInvariant();
                if (!user.ActsFor(division))
                {
                    return DivisionAccess.Forbidden(division);
                }

                var errors = new FieldErrors();
                var page = Paging.Parse<RankKey>(limit, cursor, errors);
                if (errors.Any)
                {
                    return errors.ToProblem();
                }

                // R16, R10: a candidate rejected after forwarding is no longer anyone's to pick.
                var query = session.Query<PoolCandidate>().Where(c => !c.Left);
                if (!string.IsNullOrWhiteSpace(campaign))
                {
                    query = query.Where(c => c.Campaign == campaign);
                }

                // Highest score first (R12), then who joined first, then the id: a stable order for the cursor.
                if (page.After is { } after)
                {
                    query = query.Where(c => c.Score < after.Score
                        || (c.Score == after.Score && (c.JoinedAt > after.JoinedAt || (c.JoinedAt == after.JoinedAt && c.Id.CompareTo(after.Id) > 0))));
                }

                var candidates = await query.OrderByDescending(c => c.Score).ThenBy(c => c.JoinedAt).ThenBy(c => c.Id)
                    .Take(page.Fetch).ToListAsync(cancellationToken);
                return TypedResults.Ok<IReadOnlyList<PoolEntry>>(http.Page(page, candidates, c => new RankKey(c.Score, c.JoinedAt, c.Id))
                    .Select(c => View(c, division)).ToList());
            })
            .ProducesProblems(ProblemCodes.Validation);
}
