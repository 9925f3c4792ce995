using Recruitment.EventSourcing;

namespace Recruitment.Applications.Vacancies;

/// <summary>A published vacancy. Its stream id is derived from the vacancy id, so an id can be published only once.</summary>
public sealed record Vacancy(
    Guid Id,
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
    DateTimeOffset DeadlineUtc)
{
    public static Guid StreamId(string vacancyId) => StreamIds.For("vacancy", vacancyId);

    /// <summary>R5: submissions, edits and withdrawals are possible until the deadline, not after it.</summary>
    public bool IsOpenAt(DateTimeOffset now) => now <= DeadlineUtc;

    public static Vacancy Create(VacancyPublished published) => new(
        StreamId(published.VacancyId),
        published.VacancyId,
        published.Campaign,
        published.Title,
        published.DivisionCode,
        published.Location,
        published.Grade,
        published.ClearanceLevel,
        published.MonthlyGrantEur,
        published.Intakes,
        published.Deadline,
        published.DeadlineUtc);
}
