using MassTransit;

namespace Recruitment.DivisionSelection.Contracts;

/// <summary>
/// A division's assessor filed a scorecard after an interview or test (R14): the candidate was interviewed. The ratings
/// stay with the division (R14: each division sees only its own); the others learn only that it happened.
/// </summary>
[MessageUrn("recruitment:division-selection:candidate-assessed:v1")]
public sealed record CandidateAssessed(Guid ApplicationId, string Division, DateTimeOffset At);
