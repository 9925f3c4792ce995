using Marten;
using MassTransit;
using Recruitment.Applications.Applications;
using Recruitment.Applications.Notifications;
using Recruitment.DivisionSelection.Contracts;
using Recruitment.EventSourcing;

namespace Recruitment.Applications.Integration.Incoming;

// The divisions' steps on the candidate's path (R13), and what the candidate is told of them (R17, R21).

public sealed class CandidateShortlistedConsumer(IDocumentStore store, TimeProvider clock) : IdempotentConsumer<CandidateShortlisted>(store, clock)
{
    private readonly TimeProvider _clock = clock;

    protected override Task Handle(ConsumeContext<CandidateShortlisted> context, IDocumentSession session) =>
        PathSteps.RecordAsync(session, context.Message.ApplicationId, context.MessageId!.Value, "shortlisted", "division-selection",
            context.Message.At, ApplicationStatus.Shortlisted, context.CancellationToken,
            new Dictionary<string, string> { ["division"] = context.Message.Division },
            application => [CandidateNotifications.Shortlisted(application, context.Message.Division, _clock.GetUtcNow())]);
}

public sealed class InterviewChangedConsumer(IDocumentStore store, TimeProvider clock) : IdempotentConsumer<InterviewChanged>(store, clock)
{
    private readonly TimeProvider _clock = clock;

    protected override Task Handle(ConsumeContext<InterviewChanged> context, IDocumentSession session)
    {
        var m = context.Message;

        // A cancelled interview takes the candidate back to the shortlist until another is scheduled.
        var status = m.Change == "cancelled" ? ApplicationStatus.Shortlisted : ApplicationStatus.InterviewScheduled;
        return PathSteps.RecordAsync(session, m.ApplicationId, context.MessageId!.Value, $"interview-{m.Change}", "division-selection", m.At, status,
            context.CancellationToken,
            new Dictionary<string, string> { ["division"] = m.Division, ["kind"] = m.Kind, ["interviewId"] = m.InterviewId.ToString(), ["scheduledFor"] = m.ScheduledFor.ToString("O") },
            application => [CandidateNotifications.Interview(application, m.Kind, m.Change, m.ScheduledFor, m.Division, _clock.GetUtcNow())]);
    }
}

/// <summary>A scorecard was filed: the candidate was interviewed or tested. A step of the path; no news to the candidate.</summary>
public sealed class CandidateAssessedConsumer(IDocumentStore store, TimeProvider clock) : IdempotentConsumer<CandidateAssessed>(store, clock)
{
    protected override Task Handle(ConsumeContext<CandidateAssessed> context, IDocumentSession session) =>
        PathSteps.RecordAsync(session, context.Message.ApplicationId, context.MessageId!.Value, "assessed", "division-selection",
            context.Message.At, status: null, context.CancellationToken, new Dictionary<string, string> { ["division"] = context.Message.Division });
}

public sealed class CandidateSelectedConsumer(IDocumentStore store, TimeProvider clock) : IdempotentConsumer<CandidateSelected>(store, clock)
{
    private readonly TimeProvider _clock = clock;

    protected override Task Handle(ConsumeContext<CandidateSelected> context, IDocumentSession session) =>
        PathSteps.RecordAsync(session, context.Message.ApplicationId, context.MessageId!.Value, "selected", "division-selection",
            context.Message.At, ApplicationStatus.Selected, context.CancellationToken,
            new Dictionary<string, string> { ["division"] = context.Message.Division },
            application => [CandidateNotifications.Selected(application, context.Message.Division, _clock.GetUtcNow())]);
}

public sealed class CandidateNotSelectedConsumer(IDocumentStore store, TimeProvider clock) : IdempotentConsumer<CandidateNotSelected>(store, clock)
{
    private readonly TimeProvider _clock = clock;

    protected override Task Handle(ConsumeContext<CandidateNotSelected> context, IDocumentSession session) =>
        PathSteps.RecordAsync(session, context.Message.ApplicationId, context.MessageId!.Value, "not-selected", "division-selection",
            context.Message.At, ApplicationStatus.NotSelected, context.CancellationToken,
            new Dictionary<string, string> { ["division"] = context.Message.Division },
            application => application.Status == ApplicationStatus.Selected
                ? []
                : [CandidateNotifications.NotSelected(application, context.Message.Division, _clock.GetUtcNow())]);
}
