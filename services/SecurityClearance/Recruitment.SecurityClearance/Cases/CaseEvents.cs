namespace Recruitment.SecurityClearance.Cases;

// The facts of a clearance case. One stream per selected application; its id, the clearance id, is derived from the
// application id, so a repeated selection or confirmation finds the same case.

public sealed record SelectionNoted(Guid ApplicationId, string Division, string Campaign, string VacancyId, DateTimeOffset At);

/// <summary>R17: requested only after the candidate confirmed interest, at the vacancy's level, from a national authority.</summary>
public sealed record ClearanceRequested(
    Guid ApplicationId,
    string Level,
    string Authority,
    IReadOnlyList<string> Nationalities,
    decimal MonthlyGrantEur,
    DateTimeOffset RequestedAt);

public sealed record ClearanceInProgress(Guid ApplicationId, DateOnly On, string? Note, string By, DateTimeOffset At);

/// <summary>Granted on <see cref="On"/>, valid until <see cref="ValidUntil"/>; <see cref="Days"/> since the request, for intake predictions.</summary>
public sealed record ClearanceGranted(Guid ApplicationId, DateOnly On, DateOnly ValidUntil, string? Note, string By, string Authority, int Days, DateTimeOffset At);

public sealed record ClearanceDenied(Guid ApplicationId, DateOnly On, string? Note, string By, DateTimeOffset At);

public sealed record ClearanceWithdrawn(Guid ApplicationId, DateOnly On, string? Note, string By, DateTimeOffset At);

/// <summary>Six months open: the candidate is reminded to follow up with their national delegation (R18).</summary>
public sealed record FollowUpReminderSent(Guid ApplicationId, string Authority, DateTimeOffset RequestedAt, DateTimeOffset At);

/// <summary>Eight months open: the case is overdue and HR is told (R18).</summary>
public sealed record OverdueReported(Guid ApplicationId, string Authority, DateTimeOffset RequestedAt, DateTimeOffset At);

/// <summary>R19: the final offer a granted, valid clearance leads to.</summary>
public sealed record OfferMade(Guid ApplicationId, DateOnly StartDate, decimal MonthlyGrantEur, IReadOnlyList<Offers.ChecklistItem> Checklist, DateOnly ClearanceValidUntil, DateTimeOffset At);
