using System.Security.Claims;
using Marten;
using Npgsql;

namespace Recruitment.Applications.Applications.Documents;

/// <summary>GET the documents of an application, and one document's bytes: for its applicant, HR (who verify them, R10) and admins.</summary>
public static class ReadDocuments
{
    public static void MapReadDocuments(this RouteGroupBuilder application)
    {
        application.MapGet("/documents", async Task<Results<Ok<IEnumerable<DocumentView>>, Problem>> (Guid id, ClaimsPrincipal user, IQuerySession session, CancellationToken cancellationToken) =>
                await session.LoadAsync<Application>(id, cancellationToken) is { } application && user.CanSee(application)
                    ? TypedResults.Ok(application.Documents.Select(DocumentView.From))
                    : Problems.Of(ProblemCodes.NotFound))
            .ProducesProblems(ProblemCodes.NotFound);

        application.MapGet("/documents/{documentId:guid}", async Task<Results<FileContentHttpResult, Problem>> (
                Guid id, Guid documentId, ClaimsPrincipal user, IQuerySession session, NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
            {
                if (await session.LoadAsync<Application>(id, cancellationToken) is not { } application || !user.CanSee(application)
                    || application.Documents.FirstOrDefault(d => d.DocumentId == documentId) is not { } document
                    || await DocumentFiles.LoadAsync(session, dataSource, documentId, id, cancellationToken) is not { } content)
                {
                    return Problems.Of(ProblemCodes.NotFound);
                }

                return TypedResults.File(content, document.ContentType, document.FileName);
            })
            .ProducesProblems(ProblemCodes.NotFound);
    }
}
