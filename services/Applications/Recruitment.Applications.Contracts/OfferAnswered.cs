using MassTransit;

namespace Recruitment.Applications.Contracts;

/// <summary>The candidate accepted or declined the final offer (R19).</summary>
[MessageUrn("recruitment:applications:offer-answered:v1")]
public sealed record OfferAnswered(Guid ApplicationId, bool Accepted, DateTimeOffset At);
