using Recruitment.EventSourcing;

namespace Recruitment.DivisionSelection.Pool;

/// <summary>What a division may do with a pool candidate, as pure decisions: the facts to record, or why not.</summary>
public static class PoolDecisions
{
    /// <summary>R14: the nine competencies, as clients name them.</summary>
    public static readonly string[] Competencies =
    [
        "achievement", "analyticalThinking", "clarityAndAccuracy", "customerServiceOrientation", "empathy",
        "flexibility", "initiative", "organizationalAwareness", "teamwork",
    ];

    public static readonly ProblemCode AlreadySelected = new("already-selected", 409,
        new("The candidate is already selected by a division in this campaign.", "Le candidat est déjà sélectionné par une division pour cette campagne."));

    public static readonly ProblemCode NotInPool = new("not-in-pool", 409,
        new("The candidate is no longer in the pool: their application was rejected after it was forwarded (R16, R10).",
            "Le candidat ne fait plus partie de la réserve : sa candidature a été rejetée après sa transmission (R16, R10)."));

    private static readonly Bilingual NotShortlisted = new(
        "Shortlist the candidate in your division first.", "Inscrivez d'abord le candidat sur la liste restreinte de votre division.");

    public static Decision Shortlist(PoolCandidate candidate, string division, string by, DateTimeOffset now) =>
        candidate.SelectedBy is not null ? Decision.Refuse(AlreadySelected)
        : candidate.IsShortlistedBy(division) ? Decision.Accept()
        : Decision.Accept(new Shortlisted(division, candidate.Campaign, by, now));

    public static Decision Schedule(PoolCandidate candidate, string division, InterviewKind kind, DateTimeOffset at, string by, DateTimeOffset now) =>
        !candidate.IsShortlistedBy(division) ? Decision.Refuse(ProblemCodes.InvalidTransition, NotShortlisted)
        : at <= now ? Decision.Refuse(ProblemCodes.Validation, new("An interview is scheduled in the future.", "Un entretien se planifie dans le futur."))
        : Decision.Accept(new InterviewScheduled(Guid.CreateVersion7(now), division, kind, at, by, now));

    public static Decision Reschedule(PoolCandidate candidate, string division, Guid interviewId, DateTimeOffset at, string by, DateTimeOffset now) =>
        candidate.Interviews.FirstOrDefault(i => i.Id == interviewId && i.Division == division) is not { Cancelled: false } interview
            ? Decision.Refuse(ProblemCodes.NotFound)
            : at <= now ? Decision.Refuse(ProblemCodes.Validation, new("An interview is scheduled in the future.", "Un entretien se planifie dans le futur."))
            : Decision.Accept(new InterviewRescheduled(interviewId, division, interview.Kind, at, by, now));

    public static Decision Cancel(PoolCandidate candidate, string division, Guid interviewId, string by, DateTimeOffset now) =>
        candidate.Interviews.FirstOrDefault(i => i.Id == interviewId && i.Division == division) is not { } interview
            ? Decision.Refuse(ProblemCodes.NotFound)
            : interview.Cancelled ? Decision.Accept() : Decision.Accept(new InterviewCancelled(interviewId, division, interview.Kind, interview.ScheduledFor, by, now));

    /// <summary>Every division's decision on a candidate who left the pool is refused (R16, R10).</summary>
    public static Decision? Refusal(PoolCandidate candidate) => candidate.Left ? Decision.Refuse(NotInPool) : null;

    /// <summary>
    /// The candidate leaves the pool of every division (R16, R10, R13), once; the interviews still to come are cancelled.
    /// One that already took place stays on record.
    /// </summary>
    public static Decision Leave(PoolCandidate? candidate, IReadOnlyList<string> rules, DateTimeOffset now) =>
        candidate is { Left: true } ? Decision.Accept()
        : Decision.Accept(new LeftPool(rules,
            candidate?.Interviews.Where(i => !i.Cancelled && i.ScheduledFor > now).Select(i => i.Id).ToList() ?? [], now));

    /// <summary>R14: one scorecard per assessor per candidate, every competency rated 1 to 5.</summary>
    public static Decision Assess(PoolCandidate candidate, string division, string assessor, IReadOnlyDictionary<string, int> ratings, DateTimeOffset now) =>
        !candidate.IsShortlistedBy(division) ? Decision.Refuse(ProblemCodes.InvalidTransition, NotShortlisted)
        : candidate.Scorecards.Any(s => s.Assessor == assessor) ? Decision.Refuse(ProblemCodes.Duplicate, new(
            "You have already submitted a scorecard for this candidate.", "Vous avez déjà soumis une fiche d'évaluation pour ce candidat."))
        : Decision.Accept(new ScorecardSubmitted(division, assessor, ratings, ratings.Values.Sum(), now));

    public static Decision Select(PoolCandidate candidate, string division, string by, DateTimeOffset now) =>
        !candidate.IsShortlistedBy(division) ? Decision.Refuse(ProblemCodes.InvalidTransition, NotShortlisted)
        : candidate.SelectedBy == division ? Decision.Accept()
        : candidate.SelectedBy is not null ? Decision.Refuse(AlreadySelected)
        : Decision.Accept(new Selected(division, candidate.Campaign, candidate.VacancyId, candidate.SubjectId, by, now));

    /// <summary>Not selected by this division; nothing to record for a candidate another division has already selected.</summary>
    public static Decision Reject(PoolCandidate candidate, string division, string by, DateTimeOffset now) =>
        !candidate.IsShortlistedBy(division) ? Decision.Refuse(ProblemCodes.InvalidTransition, NotShortlisted)
        : candidate.SelectedBy == division ? Decision.Refuse(ProblemCodes.InvalidTransition, new(
            "Your division selected this candidate.", "Votre division a sélectionné ce candidat."))
        : candidate.NotSelectedBy.Contains(division) || candidate.SelectedBy is not null ? Decision.Accept()
        : Decision.Accept(new NotSelected(division, candidate.Campaign, by, now));
}
