using JasperFx.Events;
using Marten;
using Recruitment.EventSourcing;

namespace Recruitment.Applications.Campaigns;

/// <summary>
/// One applicant's applications in one campaign (R4: at most three different vacancies, once each). Its stream id is
/// derived from the applicant and the campaign with a secret key (nobody can find it from an address), so two submissions racing for the last slot write the same stream and
/// optimistic concurrency lets only one of them commit: no global lock, no scan of all applications.
/// </summary>
public sealed record ApplicantCampaign(Guid Id, IReadOnlyList<CampaignSlot> Slots)
{
    public const int MaxVacancies = 3;

    public static Guid StreamId(SubjectKeys keys, string applicantEmail, string campaign) => keys.StreamId("applicant-campaign", applicantEmail, campaign);

    /// <summary>R4: a withdrawn application frees its slot, in the transaction that records the withdrawal.</summary>
    public static void ReleaseSlot(IDocumentSession session, SubjectKeys keys, Applications.Application application) =>
        session.Events.Append(StreamId(keys, application.ApplicantEmail, application.Campaign), new VacancySlotReleased(application.VacancyId, application.Id));

    /// <summary>R4. A withdrawn application frees its slot for another vacancy, but a vacancy is applied to once.</summary>
    public static Decision Decide(ApplicantCampaign? state, string campaign, string vacancyId, Guid applicationId)
    {
        var slots = state?.Slots ?? [];
        if (slots.Any(slot => slot.VacancyId == vacancyId))
        {
            return Decision.Refuse(ProblemCodes.DuplicateApplication);
        }

        return slots.Count(slot => slot.Active) >= MaxVacancies
            ? Decision.Refuse(ProblemCodes.ApplicationLimit)
            : Decision.Accept(new VacancyApplied(campaign, vacancyId, applicationId));
    }

    public static ApplicantCampaign Create(IEvent<VacancyApplied> applied) =>
        new(applied.StreamId, [new CampaignSlot(applied.Data.VacancyId, applied.Data.ApplicationId, true)]);

    public ApplicantCampaign Apply(VacancyApplied applied) => this with { Slots = [.. Slots, new CampaignSlot(applied.VacancyId, applied.ApplicationId, true)] };

    public ApplicantCampaign Apply(VacancySlotReleased released) => this with
    {
        Slots = Slots.Select(slot => slot.ApplicationId == released.ApplicationId ? slot with { Active = false } : slot).ToList(),
    };
}

public sealed record CampaignSlot(string VacancyId, Guid ApplicationId, bool Active);

public sealed record VacancyApplied(string Campaign, string VacancyId, Guid ApplicationId);

public sealed record VacancySlotReleased(string VacancyId, Guid ApplicationId);
