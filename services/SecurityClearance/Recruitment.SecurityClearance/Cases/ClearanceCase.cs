using Recruitment.EventSourcing;

namespace Recruitment.SecurityClearance.Cases;

/// <summary>A clearance case as its stream tells it.</summary>
public sealed record ClearanceCase(
    Guid Id,
    Guid ApplicationId,
    CaseStatus Status,
    string? Level,
    string? Authority,
    IReadOnlyList<string> Nationalities,
    decimal MonthlyGrantEur,
    DateTimeOffset? RequestedAt,
    DateOnly? StatusOn,
    DateOnly? ValidUntil,
    bool FollowUpSent,
    bool OverdueSent,
    OfferMade? Offer,
    string? SubjectId = null,
    bool Erased = false)
{
    public static Guid IdFor(Guid applicationId) => StreamIds.For("clearance", applicationId.ToString());

    public bool IsOpen => Status is CaseStatus.Requested or CaseStatus.InProgress;

    /// <summary>
    /// When the next reminder of R18 falls due: six months after the request for the candidate's follow-up, eight for
    /// HR's overdue notice, null once both are sent or the case is closed. Stored in an indexed column, so the reminder
    /// job reads only the cases that are due.
    /// </summary>
    public DateTimeOffset? ReminderDueAt =>
        !IsOpen || RequestedAt is not { } requested ? null
        : !FollowUpSent ? requested.AddMonths(Reminders.ReminderJob.FollowUpMonths)
        : !OverdueSent ? requested.AddMonths(Reminders.ReminderJob.OverdueMonths)
        : null;

    public static ClearanceCase Create(SelectionNoted noted) =>
        new(IdFor(noted.ApplicationId), noted.ApplicationId, CaseStatus.AwaitingInterest, null, null, [], 0, null, null, null, false, false, null, noted.SubjectId);

    /// <summary>An erasure that arrived before the selection: no case is opened for a person who is forgotten.</summary>
    public static ClearanceCase Create(JasperFx.Events.IEvent<SubjectErased> erased) =>
        new(erased.StreamId, Guid.Empty, CaseStatus.AwaitingInterest, null, null, [], 0, null, null, null, false, false, null, Erased: true);

    public static ClearanceCase Create(ClearanceRequested e) =>
        new ClearanceCase(IdFor(e.ApplicationId), e.ApplicationId, CaseStatus.AwaitingInterest, null, null, [], 0, null, null, null, false, false, null).Apply(e);

    public ClearanceCase Apply(ClearanceRequested e) => this with
    {
        Status = CaseStatus.Requested, Level = e.Level, Authority = e.Authority, Nationalities = e.Nationalities,
        MonthlyGrantEur = e.MonthlyGrantEur, RequestedAt = e.RequestedAt, SubjectId = SubjectId ?? e.SubjectId,
    };

    public ClearanceCase Apply(ClearanceInProgress e) => this with { Status = CaseStatus.InProgress, StatusOn = e.On };

    public ClearanceCase Apply(ClearanceGranted e) => this with { Status = CaseStatus.Granted, StatusOn = e.On, ValidUntil = e.ValidUntil };

    public ClearanceCase Apply(ClearanceDenied e) => this with { Status = CaseStatus.Denied, StatusOn = e.On };

    public ClearanceCase Apply(ClearanceWithdrawn e) => this with { Status = CaseStatus.Withdrawn, StatusOn = e.On };

    public ClearanceCase Apply(FollowUpReminderSent e) => this with { FollowUpSent = true };

    public ClearanceCase Apply(OverdueReported e) => this with { OverdueSent = true };

    public ClearanceCase Apply(OfferMade e) => this with { Offer = e };

    public ClearanceCase Apply(SubjectIdentified e) => this with { SubjectId = e.SubjectId };

    /// <summary>The person was forgotten (GDPR Art. 17): the case's dates and outcome stay for the statistics, nameless.</summary>
    public ClearanceCase Apply(SubjectErased e) => this with { Erased = true, SubjectId = "", Nationalities = [] };
}

public enum CaseStatus { AwaitingInterest, Requested, InProgress, Granted, Denied, Withdrawn }
