using MassTransit;

namespace Recruitment.DivisionSelection.Contracts;

/// <summary>A division put a candidate from the shared pool on its shortlist (R13).</summary>
[MessageUrn("recruitment:division-selection:candidate-shortlisted:v1")]
public sealed record CandidateShortlisted(Guid ApplicationId, string Division, string Campaign, DateTimeOffset At);
