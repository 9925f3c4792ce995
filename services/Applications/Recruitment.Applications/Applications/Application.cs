using Recruitment.Applications.Applications.Documents;
using Recruitment.EventSourcing;

namespace Recruitment.Applications.Applications;

/// <summary>An application as its stream tells it. Immutable: each fact gives a new state.</summary>
public sealed record Application(
    Guid Id,
    string VacancyId,
    string Campaign,
    string ApplicantEmail,
    string SubjectId,
    string PreferredLanguage,
    ApplicationForm Form,
    DateTimeOffset SubmittedAt,
    IReadOnlyList<PathStep> Path,
    IReadOnlyList<DocumentUploaded> Documents,
    IReadOnlyList<NotificationRecorded> Notifications,
    EligibilityReported? Eligibility = null,
    Guid? ClearanceId = null,
    OfferReceived? Offer = null,
    bool? OfferAcceptedByCandidate = null,
    bool IsErased = false)
{
    public const string Service = "application";

    /// <summary>
    /// The status of the latest step that sets one, by when it happened, not by when its report arrived. Steps of the
    /// same instant count in the order of the path (the enum's order), so a late report cannot undo a later stage.
    /// </summary>
    public ApplicationStatus Status => Path
        .Where(step => step.Status is not null)
        .OrderBy(step => step.At)
        .ThenBy(step => step.Status!.Value)
        .Select(step => step.Status!.Value)
        .LastOrDefault(ApplicationStatus.Submitted);

    public bool IsWithdrawn => Path.Any(step => step.Status == ApplicationStatus.Withdrawn);

    /// <summary>A division selected the candidate at some point: their data then follows the employment record, not the retention rule.</summary>
    public bool WasSelected => Path.Any(step => step.Status == ApplicationStatus.Selected);

    public bool HasStepFrom(Guid messageId) => Path.Any(step => step.SourceMessageId == messageId);

    public static Application Create(ApplicationSubmitted submitted) => new(
        submitted.ApplicationId,
        submitted.VacancyId,
        submitted.Campaign,
        submitted.ApplicantEmail,
        submitted.SubjectId,
        submitted.Form.Applicant.PreferredLanguage,
        submitted.Form,
        submitted.SubmittedAt,
        [Own("application-submitted", submitted.SubmittedAt, ApplicationStatus.Submitted)],
        [],
        []);

    public Application Apply(ApplicationEdited edited) => this with
    {
        Form = edited.Form,
        PreferredLanguage = edited.Form.Applicant.PreferredLanguage,
        Path = [.. Path, Own("application-edited", edited.EditedAt, null)],
    };

    public Application Apply(ApplicationWithdrawn withdrawn) =>
        this with { Path = [.. Path, Own("application-withdrawn", withdrawn.WithdrawnAt, ApplicationStatus.Withdrawn)] };

    public Application Apply(DocumentUploaded uploaded) => this with
    {
        Documents = [.. Documents, uploaded],
        Path = [.. Path, Own("document-uploaded", uploaded.UploadedAt, null, new Dictionary<string, string> { ["kind"] = KebabCase.Of(uploaded.Kind) })],
    };

    public Application Apply(NotificationRecorded notification) => this with { Notifications = [.. Notifications, notification] };

    public Application Apply(InterestConfirmed confirmed) =>
        this with { Path = [.. Path, Own("interest-confirmed", confirmed.At, ApplicationStatus.InterestConfirmed)] };

    public Application Apply(SubjectIdentified identified) => this with { SubjectId = identified.SubjectId };

    /// <summary>The person was forgotten (GDPR Art. 17): the facts remain, without who they were about.</summary>
    public Application Apply(SubjectErased erased) => this with
    {
        IsErased = true,
        ApplicantEmail = "",
        SubjectId = "",
        Form = Privacy.PersonalDataMasking.Erased(Form),
        Documents = Documents.Select(Privacy.PersonalDataMasking.Erased).ToList(),
        Notifications = Notifications.Select(Privacy.PersonalDataMasking.Erased).ToList(),
        Eligibility = Eligibility is { } eligibility ? Privacy.PersonalDataMasking.Erased(eligibility) : null,
    };

    public Application Apply(ClearanceOpened opened) => this with { ClearanceId = opened.ClearanceId };

    public Application Apply(OfferReceived offer) => this with { Offer = offer };

    public Application Apply(OfferAccepted accepted) =>
        this with { OfferAcceptedByCandidate = true, Path = [.. Path, Own("offer-accepted", accepted.At, ApplicationStatus.OfferAccepted)] };

    public Application Apply(OfferDeclined declined) =>
        this with { OfferAcceptedByCandidate = false, Path = [.. Path, Own("offer-declined", declined.At, ApplicationStatus.OfferDeclined)] };

    /// <summary>The latest judgement by when it was made, however late its report arrives.</summary>
    public Application Apply(EligibilityReported reported) =>
        Eligibility is { } current && current.At > reported.At ? this : this with { Eligibility = reported };

    public Application Apply(StepReported step) =>
        HasStepFrom(step.SourceMessageId)
            ? this
            : this with { Path = [.. Path, new PathStep(step.Type, step.Service, step.At, step.Status, step.Details, step.SourceMessageId)] };

    /// <summary>R5: edits and withdrawals, like submissions, only until the vacancy's deadline, and not once withdrawn.</summary>
    public Decision CanChange(DateTimeOffset now, DateTimeOffset deadlineUtc) =>
        now > deadlineUtc ? Decision.Refuse(ProblemCodes.DeadlinePassed)
        : IsWithdrawn ? Decision.Refuse(ProblemCodes.InvalidTransition, new("The application was withdrawn.", "La candidature a été retirée."))
        : Decision.Accept();

    /// <summary>
    /// At most <see cref="DocumentLimits.MaxPerApplication"/> documents and <see cref="DocumentLimits.MaxTotalBytes"/>
    /// bytes in all per application: a bound on what one applicant can make us store.
    /// </summary>
    public Decision CanAdd(DocumentUploaded uploaded, DocumentLimits limits)
    {
        if (Documents.Count >= limits.MaxPerApplication)
        {
            return Decision.Refuse(ProblemCodes.DocumentLimit, new(
                $"An application holds at most {limits.MaxPerApplication} documents.",
                $"Une candidature contient au plus {limits.MaxPerApplication} documents."));
        }

        var mebibytes = limits.MaxTotalBytes / (1024.0 * 1024.0);
        return Documents.Sum(d => d.Size) + uploaded.Size > limits.MaxTotalBytes
            ? Decision.Refuse(ProblemCodes.DocumentLimit, new(
                $"An application's documents add up to at most {mebibytes:0.#} MiB.",
                $"Les documents d'une candidature totalisent au plus {mebibytes:0.#} Mio."))
            : Decision.Accept(uploaded);
    }

    private static PathStep Own(string type, DateTimeOffset at, ApplicationStatus? status, IReadOnlyDictionary<string, string>? details = null) =>
        new(type, Service, at, status, details ?? new Dictionary<string, string>(), null);
}
