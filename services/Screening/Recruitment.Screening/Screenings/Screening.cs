using Recruitment.Screening.Rules;

namespace Recruitment.Screening.Screenings;

/// <summary>An application as Screening sees it. Its id is the application's id.</summary>
public sealed record Screening(
    Guid Id,
    string VacancyId,
    string Campaign,
    string ApplicantEmail,
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
    DateTimeOffset? ConcludedAt)
{
    public static Screening Create(ScreeningOpened opened) => new(
        opened.ApplicationId, opened.VacancyId, opened.Campaign, opened.ApplicantEmail, opened.GivenName, opened.FamilyName,
        opened.PreferredLanguage, opened.AccommodationRequested, opened.Candidate, opened.SubmittedAt, opened.DeadlineUtc,
        DocumentCheck.Pending, null, null, null, ScreeningOutcome.Pending, false, null);

    public Screening Apply(CandidateDetailsChanged changed) => this with
    {
        Candidate = changed.Candidate,
        GivenName = changed.GivenName,
        FamilyName = changed.FamilyName,
        PreferredLanguage = changed.PreferredLanguage,
        AccommodationRequested = changed.AccommodationRequested,
    };

    public Screening Apply(ScreeningWithdrawn withdrawn) => this with { Withdrawn = true, Outcome = ScreeningOutcome.Withdrawn, ConcludedAt = withdrawn.WithdrawnAt };

    public Screening Apply(DocumentsVerified verified) => this with { Documents = DocumentCheck.Verified, DocumentsReason = null };

    public Screening Apply(DocumentsRejected rejected) => this with { Documents = DocumentCheck.Rejected, DocumentsReason = rejected.Reason };

    public Screening Apply(RejectedForGenerativeAi rejected) => this with { GenerativeAiNote = rejected.Note };

    public Screening Apply(EligibilityAssessed assessed) => this with
    {
        Assessment = assessed,
        Outcome = Withdrawn ? ScreeningOutcome.Withdrawn
            : assessed.Eligible switch { true => ScreeningOutcome.Eligible, false => ScreeningOutcome.Ineligible, null => ScreeningOutcome.Pending },
    };

    public Screening Apply(ForwardedToPool forwarded) => this with { ConcludedAt = forwarded.At };

    public Screening Apply(ScreenedOut screenedOut) => this with { ConcludedAt = screenedOut.At };
}

public enum DocumentCheck { Pending, Verified, Rejected }

public enum ScreeningOutcome { Pending, Eligible, Ineligible, Withdrawn }
