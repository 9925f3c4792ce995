namespace Recruitment.SecurityClearance.Cases;

// The facts of a clearance case. One stream per selected application; its id, the clearance id, is derived from the
// application id, so a repeated selection or confirmation finds the same case.

/// <summary>Every fact of a case names its application: what the others key their own streams by.</summary>
public interface ICaseEvent
{
    Guid ApplicationId { get; }
}

public sealed record SelectionNoted(Guid ApplicationId, string Division, string Campaign, string VacancyId, DateTimeOffset At, string? SubjectId = null) : ICaseEvent;

/// <summary>R17: requested only after the candidate confirmed interest, at the vacancy's level, from a national authority.</summary>
public sealed record ClearanceRequested(
    Guid ApplicationId,
    string Level,
    string Authority,
    IReadOnlyList<string> Nationalities,
    decimal MonthlyGrantEur,
    DateTimeOffset RequestedAt,
    string? SubjectId = null) : ICaseEvent;

public sealed record ClearanceInProgress(Guid ApplicationId, DateOnly On, string? Note, string By, DateTimeOffset At) : ICaseEvent;

/// <summary>Granted on <see cref="On"/>, valid until <see cref="ValidUntil"/>; <see cref="Days"/> since the request, for intake predictions.</summary>
public sealed record ClearanceGranted(Guid ApplicationId, DateOnly On, DateOnly ValidUntil, string? Note, string By, string Authority, int Days, DateTimeOffset At) : ICaseEvent;

public sealed record ClearanceDenied(Guid ApplicationId, DateOnly On, string? Note, string By, DateTimeOffset At) : ICaseEvent;

public sealed record ClearanceWithdrawn(Guid ApplicationId, DateOnly On, string? Note, string By, DateTimeOffset At) : ICaseEvent;

/// <summary>Six months open: the candidate is reminded to follow up with their national delegation (R18).</summary>
public sealed record FollowUpReminderSent(Guid ApplicationId, string Authority, DateTimeOffset RequestedAt, DateTimeOffset At) : ICaseEvent;

/// <summary>Eight months open: the case is overdue and HR is told (R18).</summary>
public sealed record OverdueReported(Guid ApplicationId, string Authority, DateTimeOffset RequestedAt, DateTimeOffset At) : ICaseEvent;

/// <summary>R19: the final offer a granted, valid clearance leads to.</summary>
public sealed record OfferMade(Guid ApplicationId, DateOnly StartDate, decimal MonthlyGrantEur, IReadOnlyList<Offers.ChecklistItem> Checklist, DateOnly ClearanceValidUntil, DateTimeOffset At) : ICaseEvent;
