using MassTransit;

namespace Recruitment.SecurityClearance.Contracts;

/// <summary>
/// A case open for six months ("due": the candidate is reminded to follow up with their national delegation) or eight
/// ("overdue": HR is told) (R18). Each is sent once per case.
/// </summary>
[MessageUrn("recruitment:security-clearance:clearance-reminder:v1")]
public sealed record ClearanceReminder(Guid ClearanceId, Guid ApplicationId, string Kind, string Authority, DateTimeOffset RequestedAt, DateTimeOffset At);
