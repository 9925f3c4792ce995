namespace Recruitment.SecurityClearance.Cases.Reading;

/// <summary>A clearance case as officers and HR read it.</summary>
public sealed record CaseView(
    Guid ClearanceId,
    Guid ApplicationId,
    CaseStatus Status,
    string? Level,
    string? Authority,
    DateTimeOffset? RequestedAt,
    DateOnly? StatusOn,
    DateOnly? ValidUntil,
    bool FollowUpReminded,
    bool Overdue,
    OfferMade? Offer)
{
    public static CaseView From(ClearanceCase c) =>
        new(c.Id, c.ApplicationId, c.Status, c.Level, c.Authority, c.RequestedAt, c.StatusOn, c.ValidUntil, c.FollowUpSent, c.OverdueSent, c.Offer);
}
