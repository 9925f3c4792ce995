namespace Recruitment.Applications.Vacancies;

/// <summary>HR published a vacancy of a campaign (R1). Its deadline is a Brussels wall-clock time (R2).</summary>
public sealed record VacancyPublished(
    string VacancyId,
    string Campaign,
    string Title,
    string DivisionCode,
    string Location,
    string Grade,
    string ClearanceLevel,
    decimal MonthlyGrantEur,
    IReadOnlyList<string> Intakes,
    DateTime Deadline,
    DateTimeOffset DeadlineUtc,
    DateTimeOffset PublishedAt);
