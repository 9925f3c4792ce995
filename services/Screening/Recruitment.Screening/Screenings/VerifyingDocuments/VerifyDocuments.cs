using System.Security.Claims;
using Marten;
using Recruitment.EventSourcing;
using Recruitment.Screening.Screenings.Reading;

namespace Recruitment.Screening.Screenings.VerifyingDocuments;

/// <summary>POST /api/screening/applications/{id}/documents: HR says whether the documents prove the education (R10).</summary>
public static class VerifyDocuments
{
    public sealed record Request(bool? Verified, string? Reason);

    public static Decision Decide(Request request, string by, DateTimeOffset now) =>
        request.Verified == true ? Decision.Accept(new DocumentsVerified(by, now)) : Decision.Accept(new DocumentsRejected(by, request.Reason!.Trim(), now));

    public static void MapVerifyDocuments(this RouteGroupBuilder screening) =>
        screening.MapPost("/applications/{id:guid}/documents", async Task<Results<Ok<ScreeningView>, Problem>> (
                Guid id, Request request, ClaimsPrincipal user, IDocumentStore store, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
            {
                var errors = new FieldErrors();
                errors.Check(request.Verified is not null, "verified", new("Say true or false.", "Indiquez true ou false."));
                errors.Check(request.Verified != false || request.Reason is { Length: > 0 and <= 1000 }, "reason", new(
                    "A reason of at most 1000 characters is required when the documents are not verified.",
                    "Une raison de 1000 caractères au plus est obligatoire quand les documents ne sont pas vérifiés."));
                return errors.Any
                    ? errors.ToProblem()
                    : await ScreeningCommand.RunAsync(store, id, _ => Decide(request, user.SubjectOf(), clock.GetUtcNow()), clock, http, cancellationToken);
            })
            .ProducesProblems(ProblemCodes.NotFound, ProblemCodes.InvalidTransition)
            .WithRequestExample("""{"verified":false,"reason":"The degree certificate is not legible."}""");
}
