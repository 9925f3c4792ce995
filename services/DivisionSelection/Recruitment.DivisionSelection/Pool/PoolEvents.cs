namespace Recruitment.DivisionSelection.Pool;

// The facts of a pool candidate's stream: one stream per forwarded application (the stream id is the application id).

public sealed record CandidateJoinedPool(
    Guid ApplicationId,
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
    DateTimeOffset JoinedAt);

public sealed record Shortlisted(string Division, string Campaign, string By, DateTimeOffset At);

public sealed record InterviewScheduled(Guid InterviewId, string Division, InterviewKind Kind, DateTimeOffset ScheduledFor, string By, DateTimeOffset At);

public sealed record InterviewRescheduled(Guid InterviewId, string Division, InterviewKind Kind, DateTimeOffset ScheduledFor, string By, DateTimeOffset At);

public sealed record InterviewCancelled(Guid InterviewId, string Division, InterviewKind Kind, DateTimeOffset ScheduledFor, string By, DateTimeOffset At);

/// <summary>One assessor's ratings of the nine competencies (R14), 1 to 5 each.</summary>
public sealed record ScorecardSubmitted(string Division, string Assessor, IReadOnlyDictionary<string, int> Ratings, int Total, DateTimeOffset At);

public sealed record Selected(string Division, string Campaign, string VacancyId, string SubjectId, string By, DateTimeOffset At);

public sealed record NotSelected(string Division, string Campaign, string By, DateTimeOffset At);

/// <summary>
/// Screening rejected the candidate after forwarding (R16, R10): they leave the pool of every division, and the
/// interviews still to come are cancelled with it. The candidate hears it once, from the rejection, not once per interview.
/// </summary>
public sealed record LeftPool(IReadOnlyList<string> Rules, IReadOnlyList<Guid> CancelledInterviews, DateTimeOffset At);

public enum InterviewKind { VideoDeferred, WrittenTest, FaceToFace }
