using Marten;
using Recruitment.ServiceDefaults.Paging;
using Recruitment.Reference;
using Recruitment.Screening.Rules;

namespace Recruitment.Screening.WhatIf;

/// <summary>
/// POST /api/screening/what-if: runs a campaign's applications through another rule-set version and lists whose
/// automatic outcome (R6–R9) would change and why. It records nothing: every decision stays as it was.
/// </summary>
public static class WhatIfRescreening
{
    public sealed record Request(string? Campaign, string? RuleSetVersion);

    public sealed record Change(Guid ApplicationId, string VacancyId, string CurrentRuleSetVersion, bool CurrentlyMeetsRules, bool WouldMeetRules,
        IReadOnlyList<string> CurrentReasons, IReadOnlyList<string> WhatIfReasons);

    public static IReadOnlyList<Change> Compare(IEnumerable<Screenings.Screening> screenings, RuleSet other) =>
        screenings
            .Where(s => s.Assessment is not null && !s.Withdrawn)
            .Select(s =>
            {
                var current = s.Assessment!.RuleReasons.Select(r => $"{r.Rule}:{r.Code}").ToList();
                var whatIf = Eligibility.Judge(other, s.Candidate, BrusselsTime.DateOf(s.DeadlineUtc)).Select(r => $"{r.Rule}:{r.Code}").ToList();
                return new Change(s.Id, s.VacancyId, s.Assessment.RuleSetVersion, current.Count == 0, whatIf.Count == 0, current, whatIf);
            })
            .Where(change => !change.CurrentReasons.SequenceEqual(change.WhatIfReasons))
            .ToList();

    public static void MapWhatIfRescreening(this RouteGroupBuilder screening) =>
        screening.MapPost("/what-if", async Task<Results<Ok<IReadOnlyList<Change>>, Problem>> (
                Request request, int? limit, string? cursor, HttpContext http, IQuerySession session, CancellationToken cancellationToken) =>
            {
                var errors = new FieldErrors();
                var page = Paging.Parse<ScreeningKey>(limit, cursor, errors);
                errors.Required(request.Campaign, "campaign");
                var rules = string.IsNullOrWhiteSpace(request.RuleSetVersion) ? null : await session.LoadAsync<RuleSet>(request.RuleSetVersion, cancellationToken);
                errors.Check(rules is not null, "ruleSetVersion", new("No stored rule set has this version.", "Aucun jeu de règles enregistré n'a cette version."));
                if (errors.Any)
                {
                    return errors.ToProblem();
                }

                // The campaign's screenings in id order, a batch at a time, until a page of changes is found or a
                // request has looked at enough of them; the next page goes on from the last one looked at.
                var changes = new List<Change>();
                var last = page.After?.Id;
                for (var examined = 0; changes.Count <= page.Limit && examined < MaxExaminedPerPage; examined += BatchSize)
                {
                    var query = session.Query<Screenings.Screening>().Where(s => s.Campaign == request.Campaign);
                    if (last is { } after)
                    {
                        query = query.Where(s => s.Id.CompareTo(after) > 0);
                    }

                    var batch = await query.OrderBy(s => s.Id).Take(BatchSize).ToListAsync(cancellationToken);
                    changes.AddRange(Compare(batch, rules!));
                    if (batch.Count < BatchSize)
                    {
                        return TypedResults.Ok(http.Page(page, changes, change => new ScreeningKey(change.ApplicationId)));
                    }

                    last = batch[^1].Id;
                }

                if (changes.Count > page.Limit)
                {
                    return TypedResults.Ok(http.Page(page, changes, change => new ScreeningKey(change.ApplicationId)));
                }

                http.LinkNext(page, new ScreeningKey(last!.Value));
                return TypedResults.Ok<IReadOnlyList<Change>>(changes);
            })
            .ProducesProblems(ProblemCodes.Validation)
            .WithRequestExample("""{"campaign":"2025","ruleSetVersion":"2026-1"}""");

    private const int BatchSize = 500;
    private const int MaxExaminedPerPage = 5000;

    /// <summary>The last screening a page looked at.</summary>
    public sealed record ScreeningKey(Guid Id);
}
