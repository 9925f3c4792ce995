using MassTransit;

namespace Recruitment.DivisionSelection.Contracts;

/// <summary>
/// An interview or test was scheduled, moved or cancelled (R13): a deferred video interview, a written test or a
/// face-to-face interview, at an instant. <see cref="Change"/> is "scheduled", "rescheduled" or "cancelled".
/// </summary>
[MessageUrn("recruitment:division-selection:interview-changed:v1")]
public sealed record InterviewChanged(
    Guid ApplicationId,
    Guid InterviewId,
    string Division,
    string Kind,
    DateTimeOffset ScheduledFor,
    string Change,
    DateTimeOffset At);
