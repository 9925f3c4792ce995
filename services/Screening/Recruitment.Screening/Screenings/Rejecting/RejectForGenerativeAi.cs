using System.Security.Claims;
using Marten;
using Recruitment.EventSourcing;
using Recruitment.Screening.Screenings.Reading;

namespace Recruitment.Screening.Screenings.Rejecting;

/// <summary>POST /api/screening/applications/{id}/reject: a screener rejects an application written with generative AI (R16).</summary>
public static class RejectForGenerativeAi
{
    public sealed record Request(string? Reason, string? Note);

    public static void MapRejectForGenerativeAi(this RouteGroupBuilder screening) =>
        screening.MapPost("/applications/{id:guid}/reject", async Task<Results<Ok<ScreeningView>, Problem>> (
                Guid id, Request request, ClaimsPrincipal user, IDocumentStore store, TimeProvider clock, HttpContext http, CancellationToken cancellationToken) =>
            {
                var errors = new FieldErrors();
                errors.Check(request.Reason == "generative-ai", "reason", new(
                    "The only rejection reason is \"generative-ai\" (R16).", "Le seul motif de rejet est « generative-ai » (R16)."));
                errors.Check(request.Note is null or { Length: <= 2000 }, "note", new("At most 2000 characters.", "2000 caractères au plus."));
                return errors.Any
                    ? errors.ToProblem()
                    : await ScreeningCommand.RunAsync(store, id, screening => screening.GenerativeAiNote is not null ? Decision.Accept()
                        : Decision.Accept(new RejectedForGenerativeAi(user.SubjectOf(), request.Note?.Trim() ?? string.Empty, clock.GetUtcNow())), clock, http, cancellationToken);
            })
            .ProducesProblems(ProblemCodes.NotFound, ProblemCodes.InvalidTransition)
            .WithRequestExample("""{"reason":"generative-ai","note":"The motivation letter was written by a chatbot."}""");
}
