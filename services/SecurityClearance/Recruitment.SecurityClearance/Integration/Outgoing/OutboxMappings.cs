using Recruitment.EventSourcing;
using Recruitment.SecurityClearance.Cases;

namespace Recruitment.SecurityClearance.Integration.Outgoing;

/// <summary>What happens to a case, told to the Application service (the candidate's path) and to anyone listening.</summary>
public static class OutboxMappings
{
    public static void Configure(OutboxMap outbox) => outbox
        .ForwardCase<ClearanceRequested>(e => new Contracts.ClearanceChanged(e.StreamId, e.Data.ApplicationId, "requested", e.Data.Level, e.Data.Authority,
            DateOnly.FromDateTime(e.Data.RequestedAt.UtcDateTime), null, e.Data.RequestedAt))
        .ForwardCase<ClearanceInProgress>(e => Changed(e.StreamId, e.Data.ApplicationId, "in-progress", e.Data.On, null, e.Data.At))
        .ForwardCase<ClearanceGranted>(e => Changed(e.StreamId, e.Data.ApplicationId, "granted", e.Data.On, e.Data.ValidUntil, e.Data.At))
        .ForwardCase<ClearanceDenied>(e => Changed(e.StreamId, e.Data.ApplicationId, "denied", e.Data.On, null, e.Data.At))
        .ForwardCase<ClearanceWithdrawn>(e => Changed(e.StreamId, e.Data.ApplicationId, "withdrawn", e.Data.On, null, e.Data.At))
        .ForwardCase<FollowUpReminderSent>(e => new Contracts.ClearanceReminder(e.StreamId, e.Data.ApplicationId, "follow-up", e.Data.Authority, e.Data.RequestedAt, e.Data.At))
        .ForwardCase<OverdueReported>(e => new Contracts.ClearanceReminder(e.StreamId, e.Data.ApplicationId, "overdue", e.Data.Authority, e.Data.RequestedAt, e.Data.At))
        .ForwardCase<OfferMade>(e => new Contracts.FinalOfferMade(e.Data.ApplicationId, e.StreamId, e.Data.StartDate, e.Data.MonthlyGrantEur,
            e.Data.Checklist.Select(i => new Contracts.OnboardingItem(i.Code, i.En, i.Fr)).ToList(), e.Data.ClearanceValidUntil, e.Data.At))
        .Forward<ErasureCarriedOut>(e => new Applications.Contracts.PersonalDataErased(e.Data.ErasureId, SecurityClearanceModule.Name, e.Data.At));

    /// <summary>A case's stream is keyed by its clearance id; the message is about the case's application.</summary>
    private static OutboxMap ForwardCase<TEvent>(this OutboxMap outbox, Func<JasperFx.Events.IEvent<TEvent>, object> toMessage)
        where TEvent : ICaseEvent =>
        outbox.Forward(toMessage, e => e.Data.ApplicationId);

    private static Contracts.ClearanceChanged Changed(Guid clearanceId, Guid applicationId, string status, DateOnly on, DateOnly? validUntil, DateTimeOffset at) =>
        new(clearanceId, applicationId, status, null, null, on, validUntil, at);
}
