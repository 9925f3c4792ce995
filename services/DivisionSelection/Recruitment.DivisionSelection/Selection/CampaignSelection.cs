using Recruitment.DivisionSelection.Pool;
using Recruitment.EventSourcing;

namespace Recruitment.DivisionSelection.Selection;

/// <summary>
/// A person's selection in a campaign: at most one, whichever of their applications and whichever division. Its stream
/// id is derived from the applicant and the campaign, so two divisions selecting at the same moment write the same
/// stream and optimistic concurrency lets only one commit; the other is told "already-selected".
/// </summary>
public sealed record CampaignSelection(Guid Id, Guid ApplicationId, string Division)
{
    public static Guid StreamId(string applicantEmail, string campaign) =>
        StreamIds.For("campaign-selection", $"{applicantEmail.ToLowerInvariant()}|{campaign}");

    public static Decision Decide(CampaignSelection? existing, PoolCandidate candidate, string division) =>
        existing is null ? Decision.Accept(new SelectionMade(candidate.ApplicantEmail, candidate.Campaign, candidate.Id, division))
        : existing.ApplicationId == candidate.Id && existing.Division == division ? Decision.Accept()
        : Decision.Refuse(PoolDecisions.AlreadySelected);

    public static CampaignSelection Create(SelectionMade made) => new(StreamId(made.ApplicantEmail, made.Campaign), made.ApplicationId, made.Division);
}

public sealed record SelectionMade(string ApplicantEmail, string Campaign, Guid ApplicationId, string Division);
