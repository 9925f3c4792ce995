using MassTransit;

namespace Recruitment.Screening.Contracts;

/// <summary>Screening has taken an application in; it will be judged against the campaign's rules (R6–R10).</summary>
[MessageUrn("recruitment:screening:screening-opened:v1")]
public sealed record ScreeningOpened(Guid ApplicationId, string VacancyId, DateTimeOffset OpenedAt);
