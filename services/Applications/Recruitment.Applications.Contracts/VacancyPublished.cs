using MassTransit;

namespace Recruitment.Applications.Contracts;

/// <summary>HR published a vacancy (R1); its deadline is a Brussels wall-clock time, given also as an instant (R2).</summary>
[MessageUrn("recruitment:applications:vacancy-published:v1")]
public sealed record VacancyPublished(
    string VacancyId,
    string Campaign,
    string Title,
    string DivisionCode,
    string ClearanceLevel,
    decimal MonthlyGrantEur,
    IReadOnlyList<string> Intakes,
    DateTime Deadline,
    DateTimeOffset DeadlineUtc);
