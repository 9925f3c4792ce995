using Recruitment.EventSourcing;
using Recruitment.SecurityClearance.Cases;
using Contracts = Recruitment.SecurityClearance.Contracts;

namespace Recruitment.SecurityClearance.Integration.Outgoing;

/// <summary>What happens to a case, told to the Application service (the candidate's path) and to anyone listening.</summary>
public static class OutboxMappings
{
    public static void Configure(OutboxMap outbox) => outbox
        .Forward<ClearanceRequested>(e => new Contracts.ClearanceChanged(e.StreamId, e.Data.ApplicationId, "requested", e.Data.Level, e.Data.Authority,
            DateOnly.FromDateTime(e.Data.RequestedAt.UtcDateTime), null, e.Data.RequestedAt))
        .Forward<ClearanceInProgress>(e => Changed(e.StreamId, e.Data.ApplicationId, "in-progress", e.Data.On, null, e.Data.At))
        .Forward<ClearanceGranted>(e => Changed(e.StreamId, e.Data.ApplicationId, "granted", e.Data.On, e.Data.ValidUntil, e.Data.At))
        .Forward<ClearanceDenied>(e => Changed(e.StreamId, e.Data.ApplicationId, "denied", e.Data.On, null, e.Data.At))
        .Forward<ClearanceWithdrawn>(e => Changed(e.StreamId, e.Data.ApplicationId, "withdrawn", e.Data.On, null, e.Data.At))
        .Forward<FollowUpReminderSent>(e => new Contracts.ClearanceReminder(e.StreamId, e.Data.ApplicationId, "follow-up", e.Data.Authority, e.Data.RequestedAt, e.Data.At))
        .Forward<OverdueReported>(e => new Contracts.ClearanceReminder(e.StreamId, e.Data.ApplicationId, "overdue", e.Data.Authority, e.Data.RequestedAt, e.Data.At))
        .Forward<OfferMade>(e => new Contracts.FinalOfferMade(e.Data.ApplicationId, e.StreamId, e.Data.StartDate, e.Data.MonthlyGrantEur,
            e.Data.Checklist.Select(i => new Contracts.OnboardingItem(i.Code, i.En, i.Fr)).ToList(), e.Data.ClearanceValidUntil, e.Data.At));

    private static Contracts.ClearanceChanged Changed(Guid clearanceId, Guid applicationId, string status, DateOnly on, DateOnly? validUntil, DateTimeOffset at) =>
        new(clearanceId, applicationId, status, null, null, on, validUntil, at);
}
