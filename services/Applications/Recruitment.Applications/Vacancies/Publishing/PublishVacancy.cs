using System.Globalization;
using System.Text.RegularExpressions;
using Marten;
using Recruitment.EventSourcing;
using Recruitment.Reference;

namespace Recruitment.Applications.Vacancies.Publishing;

/// <summary>POST /api/vacancies: HR publishes a vacancy (R1) with its Brussels deadline (R2).</summary>
public static partial class PublishVacancy
{
    public sealed record Request(
        string? Id,
        string? Campaign,
        string? Title,
        string? DivisionCode,
        string? Location,
        string? Grade,
        string? Deadline,
        string? ClearanceLevel,
        decimal? MonthlyGrantEur,
        List<string?>? Intakes);

    private static readonly string[] ClearanceLevels = ["NR", "NC", "NS", "CTS"];

    public static VacancyPublished? Parse(Request request, DateTimeOffset now, FieldErrors errors)
    {
        var id = request.Id?.Trim();
        errors.Check(id is not null && VacancyIdPattern().IsMatch(id), "id", new(
            "A vacancy id of 1 to 20 letters, digits or dashes is required (e.g. 250700).",
            "Un identifiant d'offre de 1 à 20 lettres, chiffres ou tirets est obligatoire (par exemple 250700)."));
        // Organisations run several calls a year: a year, optionally with a short slug ("2026-spring", "2026-2"). The
        // campaign is an identity (R4 counts per campaign), so it is kept in one spelling: lower case.
        var campaign = request.Campaign?.Trim().ToLowerInvariant();
        errors.Check(campaign is not null && CampaignPattern().IsMatch(campaign), "campaign", new(
            "The campaign is a year, optionally with a short slug of letters and digits: 2026, 2026-spring, 2026-2.",
            "La campagne est une année, éventuellement suivie d'un court suffixe de lettres et de chiffres : 2026, 2026-spring, 2026-2."));
        var title = request.Title?.Trim();
        errors.Check(title is { Length: > 0 and <= 200 }, "title", new(
            "A title of at most 200 characters is required.", "Un titre de 200 caractères au plus est obligatoire."));
        var division = request.DivisionCode?.Trim().ToUpperInvariant();
        errors.Check(division is not null && DivisionPattern().IsMatch(division), "divisionCode", new(
            "A division code of 2 to 10 letters is required (e.g. OPS).", "Un code de division de 2 à 10 lettres est obligatoire (par exemple OPS)."));
        var level = errors.OneOf(request.ClearanceLevel?.ToUpperInvariant() ?? "NS", "clearanceLevel", ClearanceLevels);
        errors.Check(request.MonthlyGrantEur is > 0 and < 100_000, "monthlyGrantEur", new(
            "The monthly grant is a positive amount in euros.", "L'allocation mensuelle est un montant positif en euros."));
        var intakes = ParseIntakes(request.Intakes, errors);
        var deadline = ParseDeadline(request.Deadline, errors);

        if (errors.Any)
        {
            return null;
        }

        var deadlineUtc = BrusselsTime.ToInstant(deadline!.Value);
        return new VacancyPublished(id!, campaign!, title!, division!, request.Location?.Trim() is { Length: > 0 } location ? location : "Brussels",
            request.Grade?.Trim().ToUpperInvariant() is { Length: > 0 } grade ? grade : "INTERN", level!, request.MonthlyGrantEur!.Value,
            intakes, deadline.Value, deadlineUtc, now);
    }

    public static void MapPublishVacancy(this RouteGroupBuilder vacancies) =>
        vacancies.MapPost("", async Task<Results<Created<VacancyView>, Problem>> (Request request, IDocumentSession session, TimeProvider clock, CancellationToken cancellationToken) =>
            {
                var errors = new FieldErrors();
                if (Parse(request, clock.GetUtcNow(), errors) is not { } published)
                {
                    return errors.ToProblem();
                }

                session.Events.StartStream<Vacancy>(Vacancy.StreamId(published.VacancyId), published);
                try
                {
                    await session.SaveChangesAsync(cancellationToken);
                }
                catch (Exception exception) when (WriteConflicts.IsConflict(exception))
                {
                    return Problems.Of(ProblemCodes.Duplicate, new(
                        $"Vacancy {published.VacancyId} already exists.", $"L'offre {published.VacancyId} existe déjà."));
                }

                return TypedResults.Created($"/api/vacancies/{published.VacancyId}", VacancyView.From(Vacancy.Create(published)));
            })
            .RequireRoles(Roles.Hr, Roles.Admin)
            .ProducesProblems(ProblemCodes.Duplicate)
            .WithRequestExample("""
                {"id":"250700","campaign":"2025","title":"Intern, Operations Division","divisionCode":"OPS",
                 "deadline":"2025-06-22T23:59:00","clearanceLevel":"NS","monthlyGrantEur":1286.09,"intakes":["2026-03","2026-09"]}
                """);

    private static List<string> ParseIntakes(List<string?>? intakes, FieldErrors errors)
    {
        var parsed = new List<string>();
        var message = new Bilingual(
            "Intakes are months of the form YYYY-03 or YYYY-09 (internships start in March or September).",
            "Les rentrées sont des mois de la forme AAAA-03 ou AAAA-09 (les stages commencent en mars ou en septembre).");
        if (!errors.Check(intakes is { Count: > 0 and <= 4 }, "intakes", message))
        {
            return parsed;
        }

        foreach (var intake in intakes!)
        {
            if (DateOnly.TryParseExact($"{intake?.Trim()}-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) && month.Month is 3 or 9)
            {
                parsed.Add(month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
            }
            else
            {
                errors.Add("intakes", message);
            }
        }

        return parsed;
    }

    private static DateTime? ParseDeadline(string? deadline, FieldErrors errors)
    {
        // R2: a Brussels wall-clock time, so an offset or a 'Z' would contradict it.
        string[] formats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"];
        if (deadline is not null && DateTime.TryParseExact(deadline.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        }

        errors.Add("deadline", new(
            "The deadline is a Brussels local date-time without offset, e.g. 2025-06-22T23:59:00 (R2).",
            "La date limite est une date-heure locale de Bruxelles sans décalage, par exemple 2025-06-22T23:59:00 (R2)."));
        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,20}$")]
    private static partial Regex VacancyIdPattern();

    [GeneratedRegex("^[0-9]{4}(-[a-z0-9]{1,16})?$")]
    private static partial Regex CampaignPattern();

    [GeneratedRegex("^[A-Z]{2,10}$")]
    private static partial Regex DivisionPattern();
}
