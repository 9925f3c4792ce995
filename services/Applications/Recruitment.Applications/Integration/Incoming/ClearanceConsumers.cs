using Marten;
using MassTransit;
using Recruitment.Applications.Applications;
using Recruitment.Applications.Notifications;
using Recruitment.EventSourcing;
using Recruitment.SecurityClearance.Contracts;

namespace Recruitment.Applications.Integration.Incoming;

// Security-Clearance's steps on the candidate's path (R17–R20) and what the candidate (or HR) is told.

public sealed class ClearanceChangedConsumer(IDocumentStore store, TimeProvider clock) : IdempotentConsumer<ClearanceChanged>(store, clock)
{
    private readonly TimeProvider _clock = clock;

    protected override Task Handle(ConsumeContext<ClearanceChanged> context, IDocumentSession session)
    {
        var m = context.Message;
        var status = m.Status switch
        {
            "requested" => ApplicationStatus.ClearanceRequested,
            "denied" => ApplicationStatus.ClearanceDenied,
            "withdrawn" => ApplicationStatus.ClearanceWithdrawn,
            _ => (ApplicationStatus?)null,
        };
        var details = new Dictionary<string, string> { ["clearanceId"] = m.ClearanceId.ToString(), ["on"] = m.On.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };
        return PathSteps.RecordAsync(session, m.ApplicationId, context.MessageId!.Value, $"clearance-{m.Status}", "security-clearance", m.At, status,
            context.CancellationToken, details, application => m.Status switch
            {
                "requested" => [new ClearanceOpened(m.ClearanceId, m.At), CandidateNotifications.Clearance(application, m.Status, m.Authority, m.On, _clock.GetUtcNow())],
                "granted" or "denied" or "withdrawn" => [CandidateNotifications.Clearance(application, m.Status, m.Authority, m.On, _clock.GetUtcNow())],
                _ => [],
            });
    }
}

public sealed class ClearanceReminderConsumer(IDocumentStore store, TimeProvider clock, IConfiguration configuration) : IdempotentConsumer<ClearanceReminder>(store, clock)
{
    private readonly TimeProvider _clock = clock;

    protected override Task Handle(ConsumeContext<ClearanceReminder> context, IDocumentSession session)
    {
        var m = context.Message;
        var hr = configuration["Notifications:HrAddress"] ?? "hr@recruitment.example";
        return PathSteps.RecordAsync(session, m.ApplicationId, context.MessageId!.Value, $"clearance-{m.Kind}", "security-clearance", m.At, null,
            context.CancellationToken, new Dictionary<string, string> { ["clearanceId"] = m.ClearanceId.ToString() },
            application => [m.Kind == "overdue"
                ? CandidateNotifications.OverdueToHr(application, hr, m.ClearanceId, m.Authority, m.RequestedAt, _clock.GetUtcNow())
                : CandidateNotifications.FollowUp(application, m.Authority, _clock.GetUtcNow())]);
    }
}

public sealed class FinalOfferMadeConsumer(IDocumentStore store, TimeProvider clock) : IdempotentConsumer<FinalOfferMade>(store, clock)
{
    private readonly TimeProvider _clock = clock;

    protected override Task Handle(ConsumeContext<FinalOfferMade> context, IDocumentSession session)
    {
        var m = context.Message;
        var offer = new OfferReceived(m.ClearanceId, m.StartDate, m.MonthlyGrantEur, m.Checklist.Select(i => new OfferChecklistItem(i.Code, i.En, i.Fr)).ToList(),
            m.ClearanceValidUntil, m.At);
        return PathSteps.RecordAsync(session, m.ApplicationId, context.MessageId!.Value, "offered", "security-clearance", m.At, ApplicationStatus.Offered,
            context.CancellationToken, new Dictionary<string, string> { ["startDate"] = m.StartDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) },
            application => [offer, CandidateNotifications.Offer(application, offer, _clock.GetUtcNow())]);
    }
}
