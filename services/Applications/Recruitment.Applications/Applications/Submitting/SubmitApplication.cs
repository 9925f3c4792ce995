using System.Security.Claims;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Recruitment.Applications.Campaigns;
using Recruitment.Applications.Notifications;
using Recruitment.Applications.Vacancies;
using Recruitment.EventSourcing;
using Recruitment.Reference;

namespace Recruitment.Applications.Applications.Submitting;

/// <summary>
/// POST /api/applications: an applicant applies to a published vacancy (R3) before its deadline (R2, R5), to at most
/// three vacancies of a campaign, once each (R4). An ineligible candidate is still accepted: Screening judges later.
/// </summary>
public static class SubmitApplication
{
    public sealed record Submitted(Guid ApplicationId, ApplicationStatus Status);

    public static void MapSubmitApplication(this RouteGroupBuilder applying) =>
        applying.MapPost("", async Task<Results<Created<Submitted>, Problem>> (
                ApplicationRequest request,
                [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
                ClaimsPrincipal user,
                IDocumentStore store,
                SubjectKeys keys,
                TimeProvider clock,
                CancellationToken cancellationToken) =>
            {
                var now = clock.GetUtcNow();
                var email = user.SubjectOf();
                var errors = new FieldErrors();
                errors.Check(idempotencyKey is null or { Length: > 0 and <= IdempotencyRecord.MaxKeyLength }, "Idempotency-Key", new(
                    $"The Idempotency-Key header has 1 to {IdempotencyRecord.MaxKeyLength} characters.",
                    $"L'en-tête Idempotency-Key compte de 1 à {IdempotencyRecord.MaxKeyLength} caractères."));
                var recordId = idempotencyKey is null || errors.Any ? null : IdempotencyRecord.IdFor(email, idempotencyKey);
                var (earlier, vacancy) = await LookUpAsync(store, recordId, request.VacancyId, errors, cancellationToken);
                if (earlier is not null)
                {
                    return Created(earlier.ApplicationId);
                }

                var form = ApplicationFormParser.Parse(request, BrusselsTime.DateOf(now), errors);
                if (errors.Any || form is null || vacancy is null)
                {
                    return errors.ToProblem();
                }

                if (!vacancy.IsOpenAt(now))
                {
                    return Problems.Of(ProblemCodes.DeadlinePassed);
                }

                // The applicant's campaign stream holds R4; the application's own stream starts with the submission.
                var campaign = ApplicantCampaign.StreamId(keys, email, vacancy.Campaign);
                return await store.WriteAsync<ApplicantCampaign, Results<Created<Submitted>, Problem>>(campaign, async (stream, session, token) =>
                {
                    var applicationId = Guid.CreateVersion7(now);
                    var decision = await stream.StartOrDecideAsync(state => ApplicantCampaign.Decide(state, vacancy.Campaign, vacancy.VacancyId, applicationId), token);
                    if (!decision.IsAccepted)
                    {
                        // The refusal may be of this very request: its twin, sent at the same moment with the same key,
                        // won the race for the campaign stream. Only then is the key looked up again.
                        return recordId is not null && await session.LoadAsync<IdempotencyRecord>(recordId, token) is { } record
                            ? Created(record.ApplicationId)
                            : decision.ToProblem();
                    }

                    var submitted = new ApplicationSubmitted(applicationId, vacancy.VacancyId, vacancy.Campaign, email, keys.SubjectId(email), form, now, vacancy.DeadlineUtc);
                    session.Events.StartStream<Application>(applicationId, submitted, CandidateNotifications.Receipt(submitted, vacancy, now));
                    if (recordId is not null)
                    {
                        session.Insert(new IdempotencyRecord(recordId, applicationId, now));
                    }

                    return Created(applicationId);
                }, cancellationToken);
            })
            .ProducesProblems(ProblemCodes.ApplicationLimit, ProblemCodes.DuplicateApplication, ProblemCodes.DeadlinePassed)
            .WithRequestExample(ApplicationRequest.Example);

    /// <summary>
    /// An earlier answer to the same idempotency key, and the vacancy, in one round trip. A repeated request gets its
    /// first answer even after the deadline has passed.
    /// </summary>
    private static async Task<(IdempotencyRecord? Earlier, Vacancy? Vacancy)> LookUpAsync(
        IDocumentStore store, string? recordId, string? vacancyId, FieldErrors errors, CancellationToken cancellationToken)
    {
        var hasVacancyId = errors.Required(vacancyId, "vacancyId");
        await using var session = store.QuerySession();
        var batch = session.CreateBatchQuery();
        var earlier = recordId is null ? Task.FromResult<IdempotencyRecord?>(null) : batch.Load<IdempotencyRecord>(recordId);
        var vacancy = hasVacancyId ? batch.Load<Vacancy>(Vacancy.StreamId(vacancyId!.Trim())) : Task.FromResult<Vacancy?>(null);
        await batch.Execute(cancellationToken);
        if (await earlier is { } record)
        {
            return (record, null);
        }

        errors.Check(!hasVacancyId || await vacancy is not null, "vacancyId", new(
            $"No published vacancy has the id \"{vacancyId}\"; applications only go to published vacancies (R3).",
            $"Aucune offre publiée n'a l'identifiant « {vacancyId} » ; on ne postule qu'à des offres publiées (R3)."));
        return (null, await vacancy);
    }

    private static Created<Submitted> Created(Guid applicationId) =>
        TypedResults.Created($"/api/applications/{applicationId}", new Submitted(applicationId, ApplicationStatus.Submitted));
}
