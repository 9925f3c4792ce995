using System.Security.Claims;
using Marten;
using Recruitment.Applications.Applications;
using Recruitment.Applications.Applications.Reading;

namespace Recruitment.Applications.Privacy;

/// <summary>
/// GET /privacy/subjects/{subjectId}/data: the Application service's part of a person's data (GDPR Art. 15) — each
/// application with its form as submitted or last edited, its path, the messages sent and the documents, each with its
/// download link. Not routed by the gateway: the gateway's /api/me/data and /api/privacy/subjects/{email}/data gather
/// the four services' parts into one document.
/// </summary>
public static class SubjectData
{
    public const string Path = "/privacy/subjects/{subjectId}/data";

    public sealed record DocumentEntry(Guid DocumentId, string Kind, string ContentType, string FileName, long Size, DateTimeOffset UploadedAt, string Download);

    public sealed record NotificationEntry(string Kind, string Language, string To, string Subject, string Body, DateTimeOffset At);

    public sealed record ApplicationEntry(
        ApplicationView Application,
        string ApplicantEmail,
        ApplicationForm Form,
        IReadOnlyList<PathStep> Path,
        IReadOnlyList<NotificationEntry> Notifications,
        IReadOnlyList<DocumentEntry> Documents);

    public sealed record ApplicationsPart(IReadOnlyList<ApplicationEntry> Applications);

    public static void MapSubjectData(this WebApplication app) =>
        app.MapGet(Path, async Task<Results<Ok<ApplicationsPart>, Problem>> (
                string subjectId, ClaimsPrincipal user, IQuerySession session, SubjectKeys keys, HttpContext http, CancellationToken cancellationToken) =>
            {
                if (!user.MayReadDataOf(subjectId, keys))
                {
                    return Problems.Of(ProblemCodes.Forbidden);
                }

                var applications = await session.Query<Application>().Where(a => a.SubjectId == subjectId).ToListAsync(cancellationToken);
                var language = Languages.Of(http);
                return TypedResults.Ok(new ApplicationsPart(applications.OrderBy(a => a.SubmittedAt).Select(a => new ApplicationEntry(
                    ApplicationView.From(a, language), a.ApplicantEmail, a.Form, a.Path.OrderBy(s => s.At).ToList(),
                    a.Notifications.OrderBy(n => n.At).Select(n => new NotificationEntry(n.Kind, n.Language, n.To, n.Subject, n.Body, n.At)).ToList(),
                    a.Documents.Select(d => new DocumentEntry(d.DocumentId, KebabCase.Of(d.Kind), d.ContentType, d.FileName, d.Size, d.UploadedAt,
                        $"/api/applications/{a.Id}/documents/{d.DocumentId}")).ToList())).ToList()));
            })
            .RequireAuthorization()
            .ExcludeFromDescription();
}
