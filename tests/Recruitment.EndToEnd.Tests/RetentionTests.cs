using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Marten;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Recruitment.EventSourcing;
using Recruitment.Testing;

namespace Recruitment.EndToEnd.Tests;

/// <summary>
/// Bookkeeping does not grow for ever: processed-message records go after seven days and idempotency keys after thirty
/// (both configurable), deleted by the database on an indexed column; within its window a record still does its job.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class RetentionTests(SystemFixture system)
{
    private static readonly DateTimeOffset Start = new(2025, 6, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_duplicate_within_seven_days_is_still_recognised_and_its_record_is_purged_after_them()
    {
        system.Clock.Set(Start);
        var message = DuplicateDeliveryTests.Submitted(Guid.NewGuid());
        var messageId = Guid.NewGuid();
        var consumed = new ConsumeCounter(messageId);
        using var observer = system.Screening.Services.GetRequiredService<IBus>().ConnectConsumeObserver(consumed);
        var bus = system.Applications.Services.GetRequiredService<IBus>();
        var purge = system.Screening.Services.GetRequiredService<RetentionJob>();
        var store = system.Screening.Services.GetRequiredService<IDocumentStore>();

        await bus.Publish(message, context => context.MessageId = messageId);
        await Eventually.True(() => Task.FromResult(consumed.Completed == 1), "the first delivery");

        system.Clock.Set(Start.AddDays(7).AddMinutes(-1));
        await purge.RunOnceAsync(CancellationToken.None);
        await bus.Publish(message, context => context.MessageId = messageId);
        await Eventually.True(() => Task.FromResult(consumed.Completed == 2), "the duplicate");

        await using (var session = store.QuerySession())
        {
            Assert.Single(await session.Events.FetchStreamAsync(message.ApplicationId), e => e.Data is global::Recruitment.Screening.Screenings.ScreeningOpened);
            Assert.Equal(1, await Records(session, messageId));
        }

        system.Clock.Set(Start.AddDays(7).AddMinutes(1));
        Assert.True(await purge.RunOnceAsync(CancellationToken.None) >= 1);
        await using (var session = store.QuerySession())
        {
            Assert.Equal(0, await Records(session, messageId));
        }
    }

    [Fact]
    public async Task An_idempotency_key_returns_the_same_application_for_thirty_days_and_after_them_no_second_one_is_made()
    {
        system.Clock.Set(Start);
        using var hr = await system.Client().As("hr", "hr@example.org");
        using var applicant = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        var vacancy = await hr.PublishVacancy(deadline: "2025-12-31T23:59:00");
        var key = Guid.NewGuid().ToString();
        var purge = system.Applications.Services.GetRequiredService<RetentionJob>();
        var first = await Submit(applicant, vacancy, key);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("applicationId").GetGuid();

        system.Clock.Set(Start.AddDays(30).AddMinutes(-1));
        await purge.RunOnceAsync(CancellationToken.None);
        using var within = await Submit(applicant, vacancy, key);
        Assert.Equal(HttpStatusCode.Created, within.StatusCode);
        Assert.Equal(id, (await within.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("applicationId").GetGuid());

        // Past the window the key is forgotten, and R4 still holds: the retry is refused, not a second application.
        system.Clock.Set(Start.AddDays(30).AddMinutes(1));
        Assert.True(await purge.RunOnceAsync(CancellationToken.None) >= 1);
        await GatewayClient.Problem(await Submit(applicant, vacancy, key), HttpStatusCode.Conflict, "duplicate-application");
    }

    [Theory]
    [InlineData("screening", "mt_doc_processedmessage", "processed_at")]
    [InlineData("applications", "mt_doc_idempotencyrecord", "at")]
    public async Task The_purge_is_served_by_an_index(string schema, string table, string column)
    {
        var plan = await QueryPlans.ExplainAsync(system.Environment.Postgres, $"delete from {schema}.{table} where {column} < now()");

        Assert.Contains($"{table}_idx_{column}", plan, StringComparison.Ordinal);
    }

    private static Task<int> Records(IQuerySession session, Guid messageId) =>
        session.Query<ProcessedMessage>().Where(p => p.Id.EndsWith(messageId.ToString("N"))).CountAsync();

    private static async Task<HttpResponseMessage> Submit(GatewayClient applicant, string vacancy, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/applications") { Content = JsonContent.Create(SampleApplications.Valid(vacancy)) };
        request.Headers.Add("Idempotency-Key", key);
        return await applicant.Http.SendAsync(request);
    }
}
