namespace Recruitment.Applications.Applications;

// The facts of an application's stream. The stream also records, as StepReported, the steps other services decide,
// so that it holds the candidate's whole path.

public sealed record ApplicationSubmitted(
    Guid ApplicationId,
    string VacancyId,
    string Campaign,
    string ApplicantEmail,
    string SubjectId,
    ApplicationForm Form,
    DateTimeOffset SubmittedAt,
    DateTimeOffset VacancyDeadlineUtc);

public sealed record ApplicationEdited(ApplicationForm Form, DateTimeOffset EditedAt);

public sealed record ApplicationWithdrawn(DateTimeOffset WithdrawnAt);

public sealed record DocumentUploaded(
    Guid DocumentId,
    DocumentKind Kind,
    string ContentType,
    string FileName,
    long Size,
    string Sha256,
    DateTimeOffset UploadedAt);

/// <summary>A message to the candidate, rendered in their language (R21) and recorded before it is sent.</summary>
public sealed record NotificationRecorded(
    Guid NotificationId,
    string Kind,
    string Language,
    string To,
    string Subject,
    string Body,
    DateTimeOffset At);

/// <summary>
/// Another service decided a step of the candidate's path. <see cref="At"/> is when it happened there, which orders
/// the path however late or out of order the report arrives; <see cref="SourceMessageId"/> makes a repeat a no-op.
/// </summary>
public sealed record StepReported(
    string Type,
    string Service,
    DateTimeOffset At,
    ApplicationStatus? Status,
    IReadOnlyDictionary<string, string> Details,
    Guid SourceMessageId);

/// <summary>Screening's judgement (R6–R10, R16), kept as reported so the candidate reads the reasons in their language.</summary>
public sealed record EligibilityReported(
    bool? Eligible,
    IReadOnlyList<EligibilityReason> Reasons,
    string RuleSetVersion,
    bool Final,
    DateTimeOffset At,
    Guid SourceMessageId);

public sealed record EligibilityReason(string Rule, string Code, string MessageEn, string MessageFr);

/// <summary>The selected candidate confirmed interest (R17), with what the clearance request needs from the vacancy.</summary>
public sealed record InterestConfirmed(
    string VacancyId,
    string Campaign,
    string SubjectId,
    string PreferredLanguage,
    IReadOnlyList<string> Nationalities,
    string ClearanceLevel,
    decimal MonthlyGrantEur,
    DateTimeOffset At);

/// <summary>Security-Clearance opened a case for this application (R17).</summary>
public sealed record ClearanceOpened(Guid ClearanceId, DateTimeOffset At);

/// <summary>The final offer (R19), with the onboarding checklist of the candidate's nationality (R20).</summary>
public sealed record OfferReceived(Guid ClearanceId, DateOnly StartDate, decimal MonthlyGrantEur, IReadOnlyList<OfferChecklistItem> Checklist, DateOnly ClearanceValidUntil, DateTimeOffset At);

public sealed record OfferChecklistItem(string Code, string En, string Fr);

public sealed record OfferAccepted(DateTimeOffset At);

public sealed record OfferDeclined(DateTimeOffset At);

public enum DocumentKind { Degree, EnrolmentProof, Translation, Cv, MotivationLetter }
