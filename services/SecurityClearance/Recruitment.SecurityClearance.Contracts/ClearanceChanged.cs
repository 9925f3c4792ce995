using MassTransit;

namespace Recruitment.SecurityClearance.Contracts;

/// <summary>
/// A clearance case moved (R17, R18): "requested" (opened after the candidate confirmed interest), "in-progress",
/// "granted", "denied" or "withdrawn". <see cref="On"/> is the day it happened as the officer recorded it.
/// </summary>
[MessageUrn("recruitment:security-clearance:clearance-changed:v1")]
public sealed record ClearanceChanged(
    Guid ClearanceId,
    Guid ApplicationId,
    string Status,
    string? Level,
    string? Authority,
    DateOnly On,
    DateOnly? ValidUntil,
    DateTimeOffset At);
