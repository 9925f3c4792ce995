using System.Net;
using Recruitment.Testing;

namespace Recruitment.EndToEnd.Tests.Applications;

/// <summary>The candidate's path, notifications and who may see them.</summary>
[Collection(SystemCollection.Name)]
public sealed class PathTests(SystemFixture system)
{
    [Fact]
    public async Task The_timeline_lists_steps_across_services_oldest_first_with_who_decided()
    {
        system.Clock.Set(new DateTimeOffset(2025, 6, 10, 9, 0, 0, TimeSpan.Zero));
        using var hr = await system.Client().As("hr", "hr@example.org");
        using var applicant = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        var id = await applicant.Apply(await hr.PublishVacancy());

        var timeline = await Eventually.Get(() => applicant.Get($"/api/applications/{id}/timeline"), t => t.GetArrayLength() >= 2, "screening to report its step");

        Assert.Equal("application-submitted", timeline[0].GetProperty("type").GetString());
        Assert.Equal("application", timeline[0].GetProperty("service").GetString());
        Assert.Equal("screening-started", timeline[1].GetProperty("type").GetString());
        Assert.Equal("screening", timeline[1].GetProperty("service").GetString());
        Assert.True(timeline[0].GetProperty("at").GetDateTimeOffset() <= timeline[1].GetProperty("at").GetDateTimeOffset());
    }

    [Fact]
    public async Task The_receipt_is_sent_in_the_candidates_language_and_listed_R21()
    {
        system.Clock.Set(new DateTimeOffset(2025, 6, 10, 9, 0, 0, TimeSpan.Zero));
        using var hr = await system.Client().As("hr", "hr@example.org");
        var vacancy = await hr.PublishVacancy();
        using var french = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        using var english = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");

        var frenchReceipt = (await french.Get($"/api/applications/{await french.Apply(vacancy, "fr")}/notifications"))[0];
        var englishReceipt = (await english.Get($"/api/applications/{await english.Apply(vacancy, "en")}/notifications"))[0];

        Assert.Equal("fr", frenchReceipt.GetProperty("language").GetString());
        Assert.StartsWith("Candidature reçue", frenchReceipt.GetProperty("subject").GetString(), StringComparison.Ordinal);
        Assert.Equal("en", englishReceipt.GetProperty("language").GetString());
        Assert.StartsWith("Application received", englishReceipt.GetProperty("subject").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_applicant_sees_only_their_own_applications()
    {
        system.Clock.Set(new DateTimeOffset(2025, 6, 10, 9, 0, 0, TimeSpan.Zero));
        using var hr = await system.Client().As("hr", "hr@example.org");
        var vacancy = await hr.PublishVacancy();
        using var owner = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        using var other = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        var id = await owner.Apply(vacancy);

        foreach (var path in new[] { "", "/timeline", "/notifications", "/documents" })
        {
            await GatewayClient.Problem(await other.Http.GetAsync($"/api/applications/{id}{path}"), HttpStatusCode.NotFound, "not-found");
        }

        await GatewayClient.Problem(await other.Put($"/api/applications/{id}", SampleApplications.Valid(vacancy)), HttpStatusCode.NotFound, "not-found");
        await GatewayClient.Problem(await other.Post($"/api/applications/{id}/withdraw", new { }), HttpStatusCode.NotFound, "not-found");
        Assert.Equal(HttpStatusCode.OK, (await hr.Http.GetAsync($"/api/applications/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("division")]
    [InlineData("clearance-officer")]
    public async Task Other_staff_roles_do_not_read_applications(string role)
    {
        using var staff = await system.Client().As(role, $"{role}@example.org", role == "division" ? "OPS" : null);

        await GatewayClient.Problem(await staff.Http.GetAsync($"/api/applications/{Guid.NewGuid()}"), HttpStatusCode.Forbidden, "forbidden");
        await GatewayClient.Problem(await staff.Post("/api/applications", SampleApplications.Valid("250700")), HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task Hr_cannot_submit_edit_or_withdraw_for_an_applicant()
    {
        using var hr = await system.Client().As("hr", "hr@example.org");
        var id = Guid.NewGuid();

        await GatewayClient.Problem(await hr.Post("/api/applications", SampleApplications.Valid("250700")), HttpStatusCode.Forbidden, "forbidden");
        await GatewayClient.Problem(await hr.Put($"/api/applications/{id}", SampleApplications.Valid("250700")), HttpStatusCode.Forbidden, "forbidden");
        await GatewayClient.Problem(await hr.Post($"/api/applications/{id}/withdraw", new { }), HttpStatusCode.Forbidden, "forbidden");
    }
}
