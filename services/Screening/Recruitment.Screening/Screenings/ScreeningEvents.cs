using Recruitment.Screening.Rules;

namespace Recruitment.Screening.Screenings;

// The facts of a screening stream, one stream per application (the stream id is the application id).

public sealed record ScreeningOpened(
    Guid ApplicationId,
    string VacancyId,
    string Campaign,
    string SubjectId,
    string GivenName,
    string FamilyName,
    string PreferredLanguage,
    bool AccommodationRequested,
    Candidate Candidate,
    DateTimeOffset SubmittedAt,
    DateTimeOffset DeadlineUtc,
    DateTimeOffset OpenedAt);

public sealed record CandidateDetailsChanged(Candidate Candidate, string GivenName, string FamilyName, string PreferredLanguage, bool AccommodationRequested, DateTimeOffset ChangedAt);

public sealed record ScreeningWithdrawn(DateTimeOffset WithdrawnAt);

/// <summary>HR checked the documents (R10).</summary>
public sealed record DocumentsVerified(string By, DateTimeOffset At);

public sealed record DocumentsRejected(string By, string Reason, DateTimeOffset At);

/// <summary>A screener found the application written with generative AI (R16).</summary>
public sealed record RejectedForGenerativeAi(string By, string Note, DateTimeOffset At);

/// <summary>
/// A decision with its provenance: the rule-set version, the inputs judged and the deadline instant (and date) it was
/// judged as of. Replaying <see cref="Candidate"/> through that rule set as of <see cref="DeadlineDate"/> gives the same
/// <see cref="RuleReasons"/>.
/// </summary>
public sealed record EligibilityAssessed(
    string RuleSetVersion,
    Candidate Candidate,
    DateTimeOffset DeadlineUtc,
    DateOnly DeadlineDate,
    IReadOnlyList<Reason> RuleReasons,
    IReadOnlyList<Reason> Reasons,
    bool? Eligible,
    int Score,
    DateTimeOffset At);

/// <summary>
/// The deadline passed and the application is eligible: it joins the pool of every division (R13). It carries what the
/// divisions see of the candidate.
/// </summary>
public sealed record ForwardedToPool(
    string VacancyId,
    string Campaign,
    string GivenName,
    string FamilyName,
    string SubjectId,
    string PreferredLanguage,
    string EducationLevel,
    string English,
    string French,
    bool AccommodationRequested,
    int Score,
    DateTimeOffset At);

/// <summary>The deadline passed and the application is ineligible: the outcome is final and the candidate is told (R13).</summary>
public sealed record ScreenedOut(string RuleSetVersion, IReadOnlyList<Reason> Reasons, int Score, DateTimeOffset At);

/// <summary>
/// A forwarded application was rejected afterwards (R16, R10): it leaves the pool of every division, and the candidate
/// is told why (R13). It does not come back, whatever is decided later.
/// </summary>
public sealed record RemovedFromPool(string RuleSetVersion, IReadOnlyList<Reason> Reasons, DateTimeOffset At);
