namespace Recruitment.Testing;

/// <summary>Vacancy bodies as the gateway contract shows them (POST /api/vacancies).</summary>
public static class SampleVacancies
{
    public static object Body(string id, string campaign = "2025", string deadline = "2025-06-22T23:59:00", string division = "OPS") => new
    {
        id,
        campaign,
        title = $"NATO Internship - {division} ({id})",
        divisionCode = division,
        deadline,
        clearanceLevel = "NS",
        monthlyGrantEur = 1286.09m,
        intakes = new[] { "2026-03", "2026-09" },
    };

    /// <summary>A vacancy id no other test uses.</summary>
    public static string NewId() => $"v{Guid.NewGuid():N}"[..12];
}
