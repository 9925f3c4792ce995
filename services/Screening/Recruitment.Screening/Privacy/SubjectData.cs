using System.Security.Claims;
using Marten;
using Recruitment.Screening.Screenings.Reading;

namespace Recruitment.Screening.Privacy;

/// <summary>
/// GET /privacy/subjects/{subjectId}/data: Screening's part of a person's data (GDPR Art. 15) — each screening with the
/// inputs judged, the rule set, the outcome with its rules and reasons, and what HR decided about the documents.
/// </summary>
public static class SubjectData
{
    public sealed record ScreeningEntry(ScreeningView Screening, Rules.Candidate Candidate, string? DocumentsReason, string? GenerativeAiNote);

    public sealed record ScreeningPart(IReadOnlyList<ScreeningEntry> Screenings);

    public static void MapSubjectData(this WebApplication app) =>
        app.MapGet("/privacy/subjects/{subjectId}/data", async Task<Results<Ok<ScreeningPart>, Problem>> (
                string subjectId, ClaimsPrincipal user, IQuerySession session, SubjectKeys keys, HttpContext http, CancellationToken cancellationToken) =>
            {
                if (!user.MayReadDataOf(subjectId, keys))
                {
                    return Problems.Of(ProblemCodes.Forbidden);
                }

                var screenings = await session.Query<Screenings.Screening>().Where(s => s.SubjectId == subjectId).ToListAsync(cancellationToken);
                var language = Languages.Of(http);
                return TypedResults.Ok(new ScreeningPart(screenings.OrderBy(s => s.SubmittedAt)
                    .Select(s => new ScreeningEntry(ScreeningView.From(s, language), s.Candidate, s.DocumentsReason, s.GenerativeAiNote)).ToList()));
            })
            .RequireAuthorization()
            .ExcludeFromDescription();
}
