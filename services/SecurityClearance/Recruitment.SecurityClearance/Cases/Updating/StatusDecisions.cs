using Recruitment.EventSourcing;
using Recruitment.Reference;
using Recruitment.SecurityClearance.Offers;

namespace Recruitment.SecurityClearance.Cases.Updating;

/// <summary>
/// R18, R19: requested → in-progress → granted | denied, and withdrawn from any open state. An outcome may also follow
/// the request directly: national authorities often answer with the outcome alone, without an in-progress notice. Any
/// other move is refused. A grant that is still valid on the start date leads at once to the final offer.
/// </summary>
public static class StatusDecisions
{
    public static Decision Decide(ClearanceCase @case, string status, DateOnly on, DateOnly? validUntil, string? note, string by, DateTimeOffset now)
    {
        var allowed = (@case.Status, status) switch
        {
            (CaseStatus.Requested, "in-progress") => true,
            (CaseStatus.Requested or CaseStatus.InProgress, "granted" or "denied" or "withdrawn") => true,
            _ => false,
        };
        if (!allowed)
        {
            return Decision.Refuse(ProblemCodes.InvalidTransition, new(
                $"A case that is {KebabCase.Of(@case.Status)} cannot become {status}.",
                $"Un dossier à l'état {KebabCase.Of(@case.Status)} ne peut pas passer à {status}."));
        }

        if (on > BrusselsTime.DateOf(now) || on < BrusselsTime.DateOf(@case.RequestedAt!.Value))
        {
            return Decision.Refuse(ProblemCodes.Validation, new(
                "The date must lie between the request and today.", "La date doit se situer entre la demande et aujourd'hui."));
        }

        return status switch
        {
            "in-progress" => Decision.Accept(new ClearanceInProgress(@case.ApplicationId, on, note, by, now)),
            "denied" => Decision.Accept(new ClearanceDenied(@case.ApplicationId, on, note, by, now)),
            "withdrawn" => Decision.Accept(new ClearanceWithdrawn(@case.ApplicationId, on, note, by, now)),
            _ => Grant(@case, on, validUntil, note, by, now),
        };
    }

    private static Decision Grant(ClearanceCase @case, DateOnly on, DateOnly? validUntil, string? note, string by, DateTimeOffset now)
    {
        if (validUntil is not { } until || until <= on)
        {
            return Decision.Refuse(ProblemCodes.Validation, new(
                "A grant needs a validity end after the grant date.", "Une habilitation accordée doit avoir une fin de validité postérieure à sa date."));
        }

        var days = on.DayNumber - DateOnly.FromDateTime(@case.RequestedAt!.Value.UtcDateTime).DayNumber;
        var granted = new ClearanceGranted(@case.ApplicationId, on, until, note, by, @case.Authority!, days, now);
        var start = StartDates.After(on);

        // R19: only a clearance still valid when the internship starts leads to an offer.
        return until > start
            ? Decision.Accept(granted, new OfferMade(@case.ApplicationId, start, @case.MonthlyGrantEur, Onboarding.For(@case.Nationalities), until, now))
            : Decision.Accept(granted);
    }
}
