using Recruitment.Testing;

namespace Recruitment.EndToEnd.Tests.Divisions;

/// <summary>Brings candidates into the pool the way the system does: apply, HR verifies, the deadline passes.</summary>
public static class PoolSteps
{
    public static readonly DateTimeOffset BeforeDeadline = new(2025, 6, 10, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset AfterDeadline = new(2025, 6, 23, 8, 0, 0, TimeSpan.Zero);

    public sealed record Candidate(Guid ApplicationId, GatewayClient Applicant);

    public static Task<List<Candidate>> Pooled(SystemFixture system, string division, params (string Language, bool Accommodation)[] candidates) =>
        Pooled(system, division, ["FR"], candidates);

    public static async Task<List<Candidate>> Pooled(SystemFixture system, string division, string[] nationalities, params (string Language, bool Accommodation)[] candidates)
    {
        system.Clock.Set(BeforeDeadline);
        using var hr = await system.Client().As("hr", "hr@example.org");
        var vacancy = await hr.PublishVacancy(deadline: "2025-06-22T23:59:00", campaign: "2025");
        var pooled = new List<Candidate>();
        foreach (var (language, accommodation) in candidates)
        {
            var applicant = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
            var id = await applicant.Apply(vacancy, language, nationalities: nationalities, accommodation: accommodation);
            await hr.VerifyDocuments(id);
            pooled.Add(new Candidate(id, applicant));
        }

        system.Clock.Set(AfterDeadline);
        using var staff = await system.Client().As("division", $"staff@{division}.example.org", division);
        await Eventually.True(async () =>
        {
            var pool = await staff.Get($"/api/divisions/{division}/pool?campaign=2025&limit=500");
            return pooled.All(c => pool.EnumerateArray().Any(p => p.GetProperty("applicationId").GetGuid() == c.ApplicationId));
        }, "the candidates to join the pool");
        return pooled;
    }

    public static Task<GatewayClient> Staff(SystemFixture system, string division, string who = "staff") =>
        system.Client().As("division", $"{who}@{division}.example.org", division);

    public static object Ratings(int value) => new
    {
        achievement = value, analyticalThinking = value, clarityAndAccuracy = value, customerServiceOrientation = value, empathy = value,
        flexibility = value, initiative = value, organizationalAwareness = value, teamwork = value,
    };
}
