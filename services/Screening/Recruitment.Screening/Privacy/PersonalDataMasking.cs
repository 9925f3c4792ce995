using Marten;
using Recruitment.Screening.Rules;
using Recruitment.Screening.Screenings;

namespace Recruitment.Screening.Privacy;

/// <summary>
/// What Screening's facts say once a person is erased: the application was screened, when, under which rule set, with
/// which outcome by rule and which score — not who, their birth date or nationalities, or what a screener wrote about them.
/// </summary>
public static class PersonalDataMasking
{
    public static void AddPersonalDataMasking(this StoreOptions options)
    {
        options.Events.AddMaskingRuleForProtectedInformation<ScreeningOpened>(e => e with
        {
            SubjectId = "", GivenName = "", FamilyName = "", AccommodationRequested = false, Candidate = Erased(e.Candidate),
        });
        options.Events.AddMaskingRuleForProtectedInformation<CandidateDetailsChanged>(e => e with
        {
            GivenName = "", FamilyName = "", AccommodationRequested = false, Candidate = Erased(e.Candidate),
        });
        options.Events.AddMaskingRuleForProtectedInformation<EligibilityAssessed>(e => e with
        {
            Candidate = Erased(e.Candidate), RuleReasons = Erased(e.RuleReasons), Reasons = Erased(e.Reasons),
        });
        options.Events.AddMaskingRuleForProtectedInformation<ForwardedToPool>(e => e with { SubjectId = "", GivenName = "", FamilyName = "", AccommodationRequested = false });
        options.Events.AddMaskingRuleForProtectedInformation<ScreenedOut>(e => e with { Reasons = Erased(e.Reasons) });
        options.Events.AddMaskingRuleForProtectedInformation<RemovedFromPool>(e => e with { Reasons = Erased(e.Reasons) });
        options.Events.AddMaskingRuleForProtectedInformation<Recruitment.EventSourcing.SubjectIdentified>(e => e with { SubjectId = "" });
        options.Events.AddMaskingRuleForProtectedInformation<DocumentsRejected>(e => e with { Reason = "" });
        options.Events.AddMaskingRuleForProtectedInformation<RejectedForGenerativeAi>(e => e with { Note = "" });
    }

    public static Candidate Erased(Candidate candidate) => candidate with { DateOfBirth = default, Nationalities = [] };

    /// <summary>The rule and its code stay; the text may quote what a screener wrote about the person.</summary>
    public static List<Reason> Erased(IEnumerable<Reason> reasons) => reasons.Select(r => r with { MessageEn = "", MessageFr = "" }).ToList();
}
