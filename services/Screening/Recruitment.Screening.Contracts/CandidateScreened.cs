using MassTransit;

namespace Recruitment.Screening.Contracts;

/// <summary>
/// Screening judged an application (R6–R10, R16). <see cref="Eligible"/> is null while HR has not yet checked the
/// documents (R10). <see cref="Final"/> is true once the vacancy's deadline has passed: the candidate is then told.
/// </summary>
[MessageUrn("recruitment:screening:candidate-screened:v1")]
public sealed record CandidateScreened(
    Guid ApplicationId,
    bool? Eligible,
    IReadOnlyList<ScreeningReason> Reasons,
    string RuleSetVersion,
    int Score,
    bool Final,
    DateTimeOffset AssessedAt);

/// <summary>A rule the candidate did not meet, with its id in domain.md, a stable code and both languages (R21).</summary>
public sealed record ScreeningReason(string Rule, string Code, string MessageEn, string MessageFr);
