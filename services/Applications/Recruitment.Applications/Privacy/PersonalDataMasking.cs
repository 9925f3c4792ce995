using Marten;
using Recruitment.Applications.Applications;
using Recruitment.EventSourcing;

namespace Recruitment.Applications.Privacy;

/// <summary>
/// What the Application service's facts say once a person is erased: that the application existed, for which vacancy,
/// when each step happened and by which rule — not who made it, what they wrote, or what they were sent.
/// </summary>
public static class PersonalDataMasking
{
    public static void AddPersonalDataMasking(this StoreOptions options)
    {
        options.Events.AddMaskingRuleForProtectedInformation<ApplicationSubmitted>(e => e with { ApplicantEmail = "", SubjectId = "", Form = Erased(e.Form) });
        options.Events.AddMaskingRuleForProtectedInformation<ApplicationEdited>(e => e with { Form = Erased(e.Form) });
        options.Events.AddMaskingRuleForProtectedInformation<NotificationRecorded>(Erased);
        options.Events.AddMaskingRuleForProtectedInformation<SubjectIdentified>(e => e with { SubjectId = "" });
        options.Events.AddMaskingRuleForProtectedInformation<DocumentUploaded>(Erased);
        options.Events.AddMaskingRuleForProtectedInformation<InterestConfirmed>(e => e with { SubjectId = "", Nationalities = [] });
        options.Events.AddMaskingRuleForProtectedInformation<EligibilityReported>(Erased);
    }

    // Each of these serves twice: as the masking rule of the stored event, and in the aggregate's SubjectErased.

    public static NotificationRecorded Erased(NotificationRecorded notification) => notification with { To = "", Subject = "", Body = "" };

    public static DocumentUploaded Erased(DocumentUploaded document) => document with { FileName = "", Sha256 = "" };

    /// <summary>The rule and its code stay; the text may quote what HR wrote about the person's documents.</summary>
    public static EligibilityReported Erased(EligibilityReported eligibility) =>
        eligibility with { Reasons = eligibility.Reasons.Select(r => r with { MessageEn = "", MessageFr = "" }).ToList() };

    /// <summary>The form without the person: education and languages stay as facts of the screening, names and words go.</summary>
    public static ApplicationForm Erased(ApplicationForm form) => form with
    {
        Applicant = new Applicant("", "", default, [], form.Applicant.PreferredLanguage),
        Motivation = "",
        References = [],
        AccommodationRequested = false,
    };
}
