using JasperFx.Events;
using Recruitment.EventSourcing;

namespace Recruitment.DivisionSelection.Pool;

/// <summary>
/// A forwarded application in the campaign's pool, open to every division (R13). Its id is the application's id. A
/// candidate rejected after forwarding has <see cref="Left"/> it; when the rejection overtakes the forwarding (messages
/// come in any order) the stream starts with it and the candidate never shows.
/// </summary>
public sealed record PoolCandidate(
    Guid Id,
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
    DateTimeOffset JoinedAt,
    IReadOnlyList<string> ShortlistedBy,
    IReadOnlyList<Interview> Interviews,
    IReadOnlyList<ScorecardSubmitted> Scorecards,
    string? SelectedBy,
    IReadOnlyList<string> NotSelectedBy,
    bool Left = false)
{
    public static PoolCandidate Create(CandidateJoinedPool joined) => new(
        joined.ApplicationId, joined.VacancyId, joined.Campaign, joined.GivenName, joined.FamilyName, joined.SubjectId,
        joined.PreferredLanguage, joined.EducationLevel, joined.English, joined.French, joined.AccommodationRequested, joined.Score,
        joined.JoinedAt, [], [], [], null, []);

    /// <summary>A rejection that arrived before the candidate joined.</summary>
    public static PoolCandidate Create(IEvent<LeftPool> left) =>
        new(left.StreamId, "", "", "", "", "", "", "", "", "", false, 0, left.Data.At, [], [], [], null, [], Left: true);

    /// <summary>An erasure that arrived before the candidate joined: they never show.</summary>
    public static PoolCandidate Create(IEvent<SubjectErased> erased) =>
        new(erased.StreamId, "", "", "", "", "", "", "", "", "", false, 0, erased.Data.At, [], [], [], null, [], Left: true);

    public bool IsShortlistedBy(string division) => ShortlistedBy.Contains(division);

    public PoolCandidate Apply(Shortlisted e) => this with { ShortlistedBy = [.. ShortlistedBy, e.Division] };

    public PoolCandidate Apply(InterviewScheduled e) => this with { Interviews = [.. Interviews, new Interview(e.InterviewId, e.Division, e.Kind, e.ScheduledFor, false)] };

    public PoolCandidate Apply(InterviewRescheduled e) =>
        this with { Interviews = Interviews.Select(i => i.Id == e.InterviewId ? i with { ScheduledFor = e.ScheduledFor } : i).ToList() };

    public PoolCandidate Apply(InterviewCancelled e) =>
        this with { Interviews = Interviews.Select(i => i.Id == e.InterviewId ? i with { Cancelled = true } : i).ToList() };

    public PoolCandidate Apply(ScorecardSubmitted e) => this with { Scorecards = [.. Scorecards, e] };

    public PoolCandidate Apply(Selected e) => this with { SelectedBy = e.Division };

    public PoolCandidate Apply(NotSelected e) => this with { NotSelectedBy = [.. NotSelectedBy, e.Division] };

    public PoolCandidate Apply(SubjectIdentified e) => this with { SubjectId = e.SubjectId };

    /// <summary>The person was forgotten (GDPR Art. 17): they leave the pool like a rejected candidate; assessments stay, nameless.</summary>
    public PoolCandidate Apply(SubjectErased e) => this with { Left = true, GivenName = "", FamilyName = "", SubjectId = "", AccommodationRequested = false };

    public PoolCandidate Apply(LeftPool e) => this with
    {
        Left = true,
        Interviews = Interviews.Select(i => e.CancelledInterviews.Contains(i.Id) ? i with { Cancelled = true } : i).ToList(),
    };
}

public sealed record Interview(Guid Id, string Division, InterviewKind Kind, DateTimeOffset ScheduledFor, bool Cancelled);
