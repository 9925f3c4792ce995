using Marten;
using MassTransit;
using Recruitment.Applications.Contracts;
using Recruitment.DivisionSelection.Contracts;
using Recruitment.EventSourcing;
using Recruitment.Reference;
using Recruitment.SecurityClearance.Cases;

namespace Recruitment.SecurityClearance.Integration.Incoming;

/// <summary>A division selected the candidate: the case waits for their confirmation of interest (R17).</summary>
public sealed class CandidateSelectedConsumer(IDocumentStore store, TimeProvider clock) : IdempotentConsumer<CandidateSelected>(store, clock)
{
    protected override async Task Handle(ConsumeContext<CandidateSelected> context, IDocumentSession session)
    {
        var m = context.Message;
        var stream = await session.ForWritingAsync<ClearanceCase>(ClearanceCase.IdFor(m.ApplicationId), context.CancellationToken);
        await stream.StartOrDecideAsync(@case => @case is null
            ? Decision.Accept(new SelectionNoted(m.ApplicationId, m.Division, m.Campaign, m.VacancyId, m.At, m.SubjectId))
            : Decision.Accept(), context.CancellationToken);
    }
}

/// <summary>
/// The candidate confirmed interest: only now is the clearance requested (R17), at the vacancy's level, from the
/// national authority of their first NATO nationality. The Application service accepts a confirmation only after a
/// selection, so a confirmation that overtakes the selection message opens the case all the same.
/// </summary>
public sealed class InterestConfirmedConsumer(IDocumentStore store, TimeProvider clock) : IdempotentConsumer<InterestConfirmed>(store, clock)
{
    protected override async Task Handle(ConsumeContext<InterestConfirmed> context, IDocumentSession session)
    {
        var m = context.Message;
        var stream = await session.ForWritingAsync<ClearanceCase>(ClearanceCase.IdFor(m.ApplicationId), context.CancellationToken);
        var authority = m.Nationalities.FirstOrDefault(NatoMembership.IsMember) ?? m.Nationalities[0];
        await stream.StartOrDecideAsync(@case => @case is { Status: not CaseStatus.AwaitingInterest } or { Erased: true }
            ? Decision.Accept()
            : Decision.Accept(new ClearanceRequested(m.ApplicationId, m.ClearanceLevel, authority, m.Nationalities, m.MonthlyGrantEur, m.ConfirmedAt, m.SubjectId)),
            context.CancellationToken);
    }
}
