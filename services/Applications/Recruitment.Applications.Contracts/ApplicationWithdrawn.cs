using MassTransit;

namespace Recruitment.Applications.Contracts;

/// <summary>The applicant withdrew their application before the deadline (R5).</summary>
[MessageUrn("recruitment:applications:application-withdrawn:v1")]
public sealed record ApplicationWithdrawn(Guid ApplicationId, DateTimeOffset WithdrawnAt);
