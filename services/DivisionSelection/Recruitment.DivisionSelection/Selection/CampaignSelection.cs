using Recruitment.DivisionSelection.Pool;
using Recruitment.EventSourcing;

namespace Recruitment.DivisionSelection.Selection;

/// <summary>
/// A person's selection in a campaign: at most one, whichever of their applications and whichever division. Its stream
/// id is derived from the person's subject id (a keyed hash, never the address) and the campaign, so two divisions selecting at the same moment write the same
/// stream and optimistic concurrency lets only one commit; the other is told "already-selected".
/// </summary>
public sealed record CampaignSelection(Guid Id, Guid ApplicationId, string Division)
{
    public static Guid StreamId(string subjectId, string campaign) => StreamIds.For("campaign-selection", $"{subjectId}|{campaign}");

    public static Decision Decide(CampaignSelection? existing, PoolCandidate candidate, string division) =>
        existing is null ? Decision.Accept(new SelectionMade(candidate.SubjectId, candidate.Campaign, candidate.Id, division))
        : existing.ApplicationId == candidate.Id && existing.Division == division ? Decision.Accept()
        : Decision.Refuse(PoolDecisions.AlreadySelected);

    public static CampaignSelection Create(SelectionMade made) => new(StreamId(made.SubjectId, made.Campaign), made.ApplicationId, made.Division);
}

public sealed record SelectionMade(string SubjectId, string Campaign, Guid ApplicationId, string Division);
