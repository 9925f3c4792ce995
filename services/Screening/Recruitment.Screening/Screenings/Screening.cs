using JasperFx.Events;
using Recruitment.EventSourcing;
using Recruitment.Screening.Rules;

namespace Recruitment.Screening.Screenings;

/// <summary>
/// An application as Screening sees it. Its id is the application's id. Messages about an application arrive in any
/// order: an edit or a withdrawal that overtakes the submission is recorded all the same, and the screening waits
/// (<see cref="AwaitingSubmission"/>) until the submission arrives; the fold then puts the facts together.
/// </summary>
public sealed record Screening(
    Guid Id,
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
    DocumentCheck Documents,
    string? DocumentsReason,
    string? GenerativeAiNote,
    EligibilityAssessed? Assessment,
    ScreeningOutcome Outcome,
    bool Withdrawn,
    DateTimeOffset? ConcludedAt,
    DateTimeOffset DetailsAsOf = default,
    bool AwaitingSubmission = false,
    bool InPool = false,
    bool Erased = false)
{
    /// <summary>
    /// Where the screening stands in its vacancy's ranking (R11): its score, or -1 until judged. Stored with the
    /// document, so that the database orders and pages by it.
    /// </summary>
    public int Rank => Assessment?.Score ?? -1;

    /// <summary>
    /// When the deadline job must conclude this screening (R13): its deadline while it is judged and not yet concluded,
    /// otherwise null. Stored in an indexed column, so the job finds what is due without reading what is not.
    /// </summary>
    public DateTimeOffset? ConclusionDueAt =>
        ConcludedAt is null && !AwaitingSubmission && Outcome is ScreeningOutcome.Eligible or ScreeningOutcome.Ineligible ? DeadlineUtc : null;

    public static Screening Create(ScreeningOpened opened) => new(
        opened.ApplicationId, opened.VacancyId, opened.Campaign, opened.SubjectId, opened.GivenName, opened.FamilyName,
        opened.PreferredLanguage, opened.AccommodationRequested, opened.Candidate, opened.SubmittedAt, opened.DeadlineUtc,
        DocumentCheck.Pending, null, null, null, ScreeningOutcome.Pending, false, null, opened.SubmittedAt);

    /// <summary>An edit that arrived before the submission (R5).</summary>
    public static Screening Create(IEvent<CandidateDetailsChanged> changed) => Awaiting(changed.StreamId).Apply(changed.Data);

    /// <summary>A withdrawal that arrived before the submission (R5).</summary>
    public static Screening Create(IEvent<ScreeningWithdrawn> withdrawn) => Awaiting(withdrawn.StreamId).Apply(withdrawn.Data);

    /// <summary>An erasure that arrived before the submission: nothing about the person is recorded after it.</summary>
    public static Screening Create(IEvent<SubjectErased> erased) => Awaiting(erased.StreamId) with { Erased = true };

    /// <summary>The submission, arriving after an edit or a withdrawal of it: the later details and the withdrawal stand.</summary>
    public Screening Apply(ScreeningOpened opened)
    {
        if (!AwaitingSubmission)
        {
            return this;
        }

        var screening = Create(opened);
        if (DetailsAsOf > screening.DetailsAsOf)
        {
            screening = screening with
            {
                Candidate = Candidate,
                GivenName = GivenName,
                FamilyName = FamilyName,
                PreferredLanguage = PreferredLanguage,
                AccommodationRequested = AccommodationRequested,
                DetailsAsOf = DetailsAsOf,
            };
        }

        return Withdrawn ? screening with { Withdrawn = true, Outcome = ScreeningOutcome.Withdrawn, ConcludedAt = ConcludedAt } : screening;
    }

    /// <summary>The latest details by when they were given, whatever order the edits arrive in.</summary>
    public Screening Apply(CandidateDetailsChanged changed) => changed.ChangedAt < DetailsAsOf ? this : this with
    {
        Candidate = changed.Candidate,
        GivenName = changed.GivenName,
        FamilyName = changed.FamilyName,
        PreferredLanguage = changed.PreferredLanguage,
        AccommodationRequested = changed.AccommodationRequested,
        DetailsAsOf = changed.ChangedAt,
    };

    public Screening Apply(ScreeningWithdrawn withdrawn) =>
        Withdrawn ? this : this with { Withdrawn = true, Outcome = ScreeningOutcome.Withdrawn, ConcludedAt = withdrawn.WithdrawnAt };

    public Screening Apply(DocumentsVerified verified) => this with { Documents = DocumentCheck.Verified, DocumentsReason = null };

    public Screening Apply(DocumentsRejected rejected) => this with { Documents = DocumentCheck.Rejected, DocumentsReason = rejected.Reason };

    public Screening Apply(RejectedForGenerativeAi rejected) => this with { GenerativeAiNote = rejected.Note };

    public Screening Apply(EligibilityAssessed assessed) => this with
    {
        Assessment = assessed,
        Outcome = Withdrawn ? ScreeningOutcome.Withdrawn
            : assessed.Eligible switch { true => ScreeningOutcome.Eligible, false => ScreeningOutcome.Ineligible, null => ScreeningOutcome.Pending },
    };

    public Screening Apply(ForwardedToPool forwarded) => this with { ConcludedAt = forwarded.At, InPool = true };

    public Screening Apply(RemovedFromPool removed) => this with { InPool = false };

    public Screening Apply(SubjectIdentified identified) => this with { SubjectId = identified.SubjectId };

    /// <summary>The person was forgotten (GDPR Art. 17): the outcome by rule stays; nothing is judged again without them.</summary>
    public Screening Apply(SubjectErased erased) => this with
    {
        Erased = true,
        SubjectId = "",
        GivenName = "",
        FamilyName = "",
        AccommodationRequested = false,
        Candidate = Privacy.PersonalDataMasking.Erased(Candidate),
        DocumentsReason = DocumentsReason is null ? null : "",
        GenerativeAiNote = GenerativeAiNote is null ? null : "",
        Assessment = Assessment is { } a
            ? a with { Candidate = Privacy.PersonalDataMasking.Erased(a.Candidate), RuleReasons = Privacy.PersonalDataMasking.Erased(a.RuleReasons), Reasons = Privacy.PersonalDataMasking.Erased(a.Reasons) }
            : null,
    };

    public Screening Apply(ScreenedOut screenedOut) => this with { ConcludedAt = screenedOut.At };

    private static Screening Awaiting(Guid applicationId) => new(
        applicationId, "", "", "", "", "", "", false, null!, default, default,
        DocumentCheck.Pending, null, null, null, ScreeningOutcome.Pending, false, null, AwaitingSubmission: true);
}

public enum DocumentCheck { Pending, Verified, Rejected }

public enum ScreeningOutcome { Pending, Eligible, Ineligible, Withdrawn }
