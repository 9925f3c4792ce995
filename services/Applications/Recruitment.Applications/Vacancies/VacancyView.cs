namespace Recruitment.Applications.Vacancies;

/// <summary>A vacancy as clients read it: the Brussels deadline as published, and the instant it stands for (R2).</summary>
public sealed record VacancyView(
    string Id,
    string Campaign,
    string Title,
    string DivisionCode,
    string Location,
    string Grade,
    string ClearanceLevel,
    decimal MonthlyGrantEur,
    IReadOnlyList<string> Intakes,
    DateTime Deadline,
    DateTimeOffset DeadlineUtc)
{
    public static VacancyView From(Vacancy vacancy) => new(
        vacancy.VacancyId, vacancy.Campaign, vacancy.Title, vacancy.DivisionCode, vacancy.Location, vacancy.Grade,
        vacancy.ClearanceLevel, vacancy.MonthlyGrantEur, vacancy.Intakes, vacancy.Deadline, vacancy.DeadlineUtc);
}
