using MassTransit;

namespace Recruitment.DivisionSelection.Contracts;

/// <summary>A division that shortlisted the candidate did not select them (R13: every candidate is told).</summary>
[MessageUrn("recruitment:division-selection:candidate-not-selected:v1")]
public sealed record CandidateNotSelected(Guid ApplicationId, string Division, string Campaign, DateTimeOffset At);
