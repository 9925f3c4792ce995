using MassTransit;

namespace Recruitment.DivisionSelection.Contracts;

/// <summary>A division selected the candidate: their one selection of the campaign. Security clearance waits for this (R17).</summary>
[MessageUrn("recruitment:division-selection:candidate-selected:v1")]
public sealed record CandidateSelected(Guid ApplicationId, string Division, string Campaign, string VacancyId, string SubjectId, DateTimeOffset At);
