using MassTransit;

namespace Recruitment.Screening.Contracts;

/// <summary>
/// A forwarded application was rejected afterwards, by a screener for generative AI (R16) or because its documents
/// were not accepted (R10): it leaves the pool of every division (R13), and the candidate is told why, once.
/// </summary>
[MessageUrn("recruitment:screening:candidate-removed-from-pool:v1")]
public sealed record CandidateRemovedFromPool(
    Guid ApplicationId,
    string RuleSetVersion,
    IReadOnlyList<ScreeningReason> Reasons,
    DateTimeOffset RemovedAt);
