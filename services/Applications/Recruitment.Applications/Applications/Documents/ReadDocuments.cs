using System.Security.Claims;
using Marten;
using Npgsql;
using Recruitment.ServiceDefaults.Errors;
using Recruitment.ServiceDefaults.Security;

namespace Recruitment.Applications.Applications.Documents;

/// <summary>GET the documents of an application, and one document's bytes: for its applicant, HR (who verify them, R10) and admins.</summary>
public static class ReadDocuments
{
    public static void MapReadDocuments(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/applications/{id:guid}/documents", async (Guid id, ClaimsPrincipal user, IQuerySession session, CancellationToken cancellationToken) =>
                await session.LoadAsync<Application>(id, cancellationToken) is { } application && user.CanSee(application)
                    ? Results.Ok(application.Documents.Select(DocumentView.From))
                    : Problems.Of(ProblemCodes.NotFound))
            .RequireRoles(Roles.Applicant, Roles.Hr, Roles.Admin);

        app.MapGet("/api/applications/{id:guid}/documents/{documentId:guid}", async (
                Guid id, Guid documentId, ClaimsPrincipal user, IQuerySession session, NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
            {
                if (await session.LoadAsync<Application>(id, cancellationToken) is not { } application || !user.CanSee(application)
                    || application.Documents.FirstOrDefault(d => d.DocumentId == documentId) is not { } document
                    || await DocumentFiles.LoadAsync(session, dataSource, documentId, id, cancellationToken) is not { } content)
                {
                    return Problems.Of(ProblemCodes.NotFound);
                }

                return Results.File(content, document.ContentType, document.FileName);
            })
            .RequireRoles(Roles.Applicant, Roles.Hr, Roles.Admin);
    }
}
