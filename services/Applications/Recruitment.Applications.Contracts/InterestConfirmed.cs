using MassTransit;

namespace Recruitment.Applications.Contracts;

/// <summary>
/// A selected candidate confirmed their interest (R17): only now may a security clearance be requested, at the
/// vacancy's level, from the national authority of one of the candidate's NATO nationalities.
/// </summary>
[MessageUrn("recruitment:applications:interest-confirmed:v1")]
public sealed record InterestConfirmed(
    Guid ApplicationId,
    string VacancyId,
    string Campaign,
    string SubjectId,
    string PreferredLanguage,
    IReadOnlyList<string> Nationalities,
    string ClearanceLevel,
    decimal MonthlyGrantEur,
    DateTimeOffset ConfirmedAt);
