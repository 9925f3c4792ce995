using Marten;
using Recruitment.SecurityClearance.Cases;

namespace Recruitment.SecurityClearance.Privacy;

/// <summary>
/// What a clearance case says once its person is erased: requested from an authority at a level, on a date, with its
/// outcome and how long it took (the statistics per authority are kept) — not who, their nationalities or the officers' notes.
/// </summary>
public static class PersonalDataMasking
{
    public static void AddPersonalDataMasking(this StoreOptions options)
    {
        options.Events.AddMaskingRuleForProtectedInformation<Recruitment.EventSourcing.SubjectIdentified>(e => e with { SubjectId = "" });
        options.Events.AddMaskingRuleForProtectedInformation<SelectionNoted>(e => e with { SubjectId = "" });
        options.Events.AddMaskingRuleForProtectedInformation<ClearanceRequested>(e => e with { SubjectId = "", Nationalities = [] });
        options.Events.AddMaskingRuleForProtectedInformation<ClearanceInProgress>(e => e with { Note = null });
        options.Events.AddMaskingRuleForProtectedInformation<ClearanceGranted>(e => e with { Note = null });
        options.Events.AddMaskingRuleForProtectedInformation<ClearanceDenied>(e => e with { Note = null });
        options.Events.AddMaskingRuleForProtectedInformation<ClearanceWithdrawn>(e => e with { Note = null });
    }
}
