using System.Security.Claims;
using System.Security.Cryptography;
using Marten;

namespace Recruitment.Applications.Applications.Documents;

/// <summary>
/// POST /api/applications/{id}/documents: a degree, a proof of enrolment, a translation, a CV or a motivation letter
/// (R10), as multipart "file" and "kind". Until the deadline (R5). Anything refused is not stored.
/// </summary>
public static class UploadDocument
{
    // The file plus the multipart framing around it; a larger body is refused before it is read (413).
    private const long MaxRequestBytes = DocumentContent.MaxBytes + (64 * 1024);

    public static void MapUploadDocument(this RouteGroupBuilder applying) =>
        applying.MapPost("/{id:guid}/documents", async Task<Results<Created<DocumentView>, Problem>> (
                Guid id, HttpRequest http, ClaimsPrincipal user, IDocumentStore store, TimeProvider clock, DocumentLimits limits, CancellationToken cancellationToken) =>
            {
                // Whose application it is, before a byte of the body is read: nobody else's upload costs us its size.
                await using (var query = store.QuerySession())
                {
                    if (await query.LoadAsync<Application>(id, cancellationToken) is not { } owned || !user.IsApplicantOf(owned))
                    {
                        return Problems.Of(ProblemCodes.NotFound);
                    }
                }

                if (!http.HasFormContentType)
                {
                    return Problems.Validation("file", new("Send the document as multipart/form-data with a \"file\" part.", "Envoyez le document en multipart/form-data avec une partie « file »."));
                }

                var form = await http.ReadFormAsync(cancellationToken);
                var file = form.Files.GetFile("file");
                var errors = new FieldErrors();
                var kind = errors.OneOf<DocumentKind>(form["kind"].ToString(), "kind");
                if (!errors.Check(file is { Length: > 0 }, "file", new("A non-empty file is required.", "Un fichier non vide est obligatoire.")))
                {
                    return errors.ToProblem();
                }

                if (file!.Length > DocumentContent.MaxBytes)
                {
                    return Problems.Of(ProblemCodes.TooLarge, new("A document is at most 5 MiB.", "Un document fait au plus 5 Mio."));
                }

                var content = new byte[file.Length];
                await using (var stream = file.OpenReadStream())
                {
                    await stream.ReadExactlyAsync(content, cancellationToken);
                }

                var contentType = DocumentContent.Sniff(content);
                errors.Check(contentType is not null, "file", new(
                    "Only PDF, PNG and JPEG documents are accepted, recognised by their content.",
                    "Seuls les documents PDF, PNG et JPEG sont acceptés, reconnus par leur contenu."));
                if (errors.Any || kind is null)
                {
                    return errors.ToProblem();
                }

                var now = clock.GetUtcNow();
                var uploaded = new DocumentUploaded(Guid.CreateVersion7(now), kind.Value, contentType!, SafeName(file.FileName), content.Length,
                    Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant(), now);
                return await ChangeApplication.RunAsync(store, id, user,
                    (application, vacancy) => application.CanChange(now, vacancy.DeadlineUtc) is { IsAccepted: false } refused ? refused : application.CanAdd(uploaded, limits),
                    _ => TypedResults.Created($"/api/applications/{id}/documents/{uploaded.DocumentId}", DocumentView.From(uploaded)),
                    cancellationToken,
                    alongside: (application, session) => DocumentFiles.Store(session, uploaded.DocumentId, application.Id, content));
            })
            .ProducesProblems(ProblemCodes.NotFound, ProblemCodes.DeadlinePassed, ProblemCodes.InvalidTransition, ProblemCodes.DocumentLimit, ProblemCodes.TooLarge)
            .DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxRequestBytes))
            .WithFormOptions(multipartBodyLengthLimit: MaxRequestBytes);

    private static string SafeName(string name)
    {
        var file = Path.GetFileName(name);
        return file.Length is > 0 and <= 200 ? file : "document";
    }
}
