using Recruitment.EventSourcing;
using Recruitment.Screening.Rules;
using Recruitment.Screening.Screenings;

namespace Recruitment.Screening.Integration.Outgoing;

/// <summary>The facts Screening tells the others, and the contract each becomes.</summary>
public static class OutboxMappings
{
    public static void Configure(OutboxMap outbox) => outbox
        .Forward<ScreeningOpened>(e => new Contracts.ScreeningOpened(e.Data.ApplicationId, e.Data.VacancyId, e.Data.OpenedAt))
        .Forward<EligibilityAssessed>(e => new Contracts.CandidateScreened(
            e.StreamId, e.Data.Eligible, Reasons(e.Data.Reasons), e.Data.RuleSetVersion, e.Data.Score, Final: false, e.Data.At))
        .Forward<ScreenedOut>(e => new Contracts.CandidateScreened(
            e.StreamId, false, Reasons(e.Data.Reasons), e.Data.RuleSetVersion, e.Data.Score, Final: true, e.Data.At))
        .Forward<ForwardedToPool>(e => new Contracts.CandidateForwarded(
            e.StreamId, e.Data.VacancyId, e.Data.Campaign, e.Data.GivenName, e.Data.FamilyName, e.Data.SubjectId, e.Data.PreferredLanguage,
            e.Data.EducationLevel, e.Data.English, e.Data.French, e.Data.AccommodationRequested, e.Data.Score, e.Data.At))
        .Forward<RemovedFromPool>(e => new Contracts.CandidateRemovedFromPool(e.StreamId, e.Data.RuleSetVersion, Reasons(e.Data.Reasons), e.Data.At))
        .Forward<ErasureCarriedOut>(e => new Applications.Contracts.PersonalDataErased(e.Data.ErasureId, ScreeningModule.Name, e.Data.At));

    private static List<Contracts.ScreeningReason> Reasons(IEnumerable<Reason> reasons) =>
        reasons.Select(r => new Contracts.ScreeningReason(r.Rule, r.Code, r.MessageEn, r.MessageFr)).ToList();
}
