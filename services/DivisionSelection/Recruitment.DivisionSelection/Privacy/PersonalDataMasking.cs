using Marten;
using Recruitment.DivisionSelection.Pool;
using Recruitment.DivisionSelection.Selection;

namespace Recruitment.DivisionSelection.Privacy;

/// <summary>
/// What the divisions' facts say once a person is erased: a candidate joined the pool with a score, was shortlisted,
/// interviewed, rated and decided on — not who, nor whether they asked for an accommodation.
/// </summary>
public static class PersonalDataMasking
{
    public static void AddPersonalDataMasking(this StoreOptions options)
    {
        options.Events.AddMaskingRuleForProtectedInformation<CandidateJoinedPool>(e => e with { GivenName = "", FamilyName = "", SubjectId = "", AccommodationRequested = false });
        options.Events.AddMaskingRuleForProtectedInformation<Recruitment.EventSourcing.SubjectIdentified>(e => e with { SubjectId = "" });
        options.Events.AddMaskingRuleForProtectedInformation<Selected>(e => e with { SubjectId = "" });
        options.Events.AddMaskingRuleForProtectedInformation<SelectionMade>(e => e with { SubjectId = "" });
    }
}
