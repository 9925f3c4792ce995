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
        options.Events.AddMaskingRuleForProtectedInformation<NotificationRecorded>(e => e with { To = "", Subject = "", Body = "" });
        options.Events.AddMaskingRuleForProtectedInformation<SubjectIdentified>(e => e with { SubjectId = "" });
        options.Events.AddMaskingRuleForProtectedInformation<DocumentUploaded>(e => e with { FileName = "", Sha256 = "" });
        options.Events.AddMaskingRuleForProtectedInformation<InterestConfirmed>(e => e with { SubjectId = "", Nationalities = [] });
        options.Events.AddMaskingRuleForProtectedInformation<EligibilityReported>(e => e with
        {
            // The rule and its code stay; the text may quote what HR wrote about the person's documents.
            Reasons = e.Reasons.Select(r => r with { MessageEn = "", MessageFr = "" }).ToList(),
        });
    }

    /// <summary>The form without the person: education and languages stay as facts of the screening, names and words go.</summary>
    public static ApplicationForm Erased(ApplicationForm form) => form with
    {
        Applicant = new Applicant("", "", default, [], form.Applicant.PreferredLanguage),
        Motivation = "",
        References = [],
        AccommodationRequested = false,
    };
}
