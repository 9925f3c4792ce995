using MassTransit;

namespace Recruitment.Screening.Contracts;

/// <summary>
/// An eligible application joins the campaign's pool, open to every division (R13), once its vacancy's deadline has
/// passed (or when it becomes eligible later). The score orders the pool (R11) and never depends on nationality or
/// gender (R12).
/// </summary>
[MessageUrn("recruitment:screening:candidate-forwarded:v1")]
public sealed record CandidateForwarded(
    Guid ApplicationId,
    string VacancyId,
    string Campaign,
    string GivenName,
    string FamilyName,
    string SubjectId,
    string PreferredLanguage,
    string EducationLevel,
    string English,
    string French,
    bool AccommodationRequested,
    int Score,
    DateTimeOffset ForwardedAt);
