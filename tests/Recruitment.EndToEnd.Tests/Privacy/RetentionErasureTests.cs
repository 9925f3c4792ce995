using System.Net;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Recruitment.Applications.Privacy;
using Recruitment.DivisionSelection.Contracts;
using Recruitment.Testing;

namespace Recruitment.EndToEnd.Tests.Privacy;

/// <summary>Retention: twelve months after a campaign closed, the candidates it did not select are forgotten; the selected are not.</summary>
[Collection(SystemCollection.Name)]
public sealed class RetentionErasureTests(SystemFixture system)
{
    [Fact]
    public async Task Twelve_months_after_the_campaign_closed_its_unselected_candidates_are_erased_and_its_selected_ones_kept()
    {
        var campaign = $"2023-r{Guid.NewGuid():N}"[..14];
        system.Clock.Set(new DateTimeOffset(2023, 6, 10, 9, 0, 0, TimeSpan.Zero));
        using var hr = await system.Client().As("hr", "hr@example.org");
        var vacancy = await hr.PublishVacancy(deadline: "2023-06-22T23:59:00", campaign: campaign);
        using var unselected = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        using var selected = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        // Old enough for R6 in 2023, and waiting for HR's document check: the status stays put while the test runs.
        var unselectedId = await unselected.Apply(vacancy, dateOfBirth: "2000-01-15");
        var selectedId = await selected.Apply(vacancy, dateOfBirth: "2000-01-15");
        await system.Divisions.Services.GetRequiredService<IBus>().Publish(
            new CandidateSelected(selectedId, "OPS", campaign, vacancy, "subject", new DateTimeOffset(2023, 7, 10, 9, 0, 0, TimeSpan.Zero)));
        await Eventually.True(async () => (await selected.Get($"/api/applications/{selectedId}")).GetProperty("status").GetString() == "selected", "the selection");
        var job = system.Applications.Services.GetRequiredService<RetentionErasureJob>();

        system.Clock.Set(new DateTimeOffset(2024, 6, 21, 9, 0, 0, TimeSpan.Zero));
        await job.RunOnceAsync(CancellationToken.None);
        Assert.Equal(HttpStatusCode.OK, (await unselected.Http.GetAsync($"/api/applications/{unselectedId}")).StatusCode);
        var stage = (await hr.Get($"/api/applications/{unselectedId}")).GetProperty("status").GetString();

        system.Clock.Set(new DateTimeOffset(2024, 6, 23, 9, 0, 0, TimeSpan.Zero));
        Assert.Equal(1, await job.RunOnceAsync(CancellationToken.None));
        Assert.Equal(0, await job.RunOnceAsync(CancellationToken.None));

        await Eventually.True(async () => (await unselected.Http.GetAsync($"/api/applications/{unselectedId}")).StatusCode == HttpStatusCode.NotFound,
            "the unselected candidate to be forgotten");
        Assert.Equal(stage, (await hr.Get($"/api/applications/{unselectedId}")).GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.OK, (await selected.Http.GetAsync($"/api/applications/{selectedId}")).StatusCode);
        Assert.Empty((await unselected.Get("/api/me/data")).GetProperty("applications").GetProperty("applications").EnumerateArray());
    }
}
