using Marten;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Recruitment.Applications.Contracts;
using Recruitment.EventSourcing;
using Recruitment.Testing;

namespace Recruitment.EndToEnd.Tests;

/// <summary>Every message may arrive twice: a redelivered message, or a copy under another id, changes nothing.</summary>
[Collection(SystemCollection.Name)]
public sealed class DuplicateDeliveryTests(SystemFixture system)
{
    [Fact]
    public async Task The_same_message_delivered_twice_opens_one_screening()
    {
        var message = Submitted(Guid.NewGuid());
        var messageId = Guid.NewGuid();
        var consumed = new ConsumeCounter(messageId);
        using var observer = system.Screening.Services.GetRequiredService<IBus>().ConnectConsumeObserver(consumed);
        var bus = system.Applications.Services.GetRequiredService<IBus>();

        await bus.Publish(message, context => context.MessageId = messageId);
        await bus.Publish(message, context => context.MessageId = messageId);

        await Eventually.True(() => Task.FromResult(consumed.Completed == 2), "both deliveries to be consumed");
        await using var session = system.Screening.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var events = await session.Events.FetchStreamAsync(message.ApplicationId);
        Assert.Single(events, e => e.Data is global::Recruitment.Screening.Screenings.ScreeningOpened);
        Assert.Equal(0, consumed.Faulted);
        var processed = await session.Query<ProcessedMessage>().Where(p => p.Id.EndsWith(messageId.ToString("N"))).CountAsync();
        Assert.Equal(1, processed);
    }

    [Fact]
    public async Task A_copy_of_a_submission_under_another_message_id_opens_no_second_screening()
    {
        var message = Submitted(Guid.NewGuid());
        var ids = new[] { Guid.NewGuid(), Guid.NewGuid() };
        var consumed = ids.Select(id => new ConsumeCounter(id)).ToArray();
        var screening = system.Screening.Services.GetRequiredService<IBus>();
        var observers = consumed.Select(c => screening.ConnectConsumeObserver(c)).ToList();
        var bus = system.Applications.Services.GetRequiredService<IBus>();

        foreach (var id in ids)
        {
            await bus.Publish(message, context => context.MessageId = id);
        }

        await Eventually.True(() => Task.FromResult(consumed.All(c => c.Completed == 1)), "both copies to be consumed");
        observers.ForEach(o => o.Disconnect());
        await using var session = system.Screening.Services.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.Single(await session.Events.FetchStreamAsync(message.ApplicationId), e => e.Data is global::Recruitment.Screening.Screenings.ScreeningOpened);
    }

    [Fact]
    public async Task A_step_reported_twice_and_late_is_on_the_timeline_once_and_in_the_order_it_happened()
    {
        system.Clock.Set(new DateTimeOffset(2025, 6, 10, 9, 0, 0, TimeSpan.Zero));
        using var hr = await system.Client().As("hr", "hr@example.org");
        using var applicant = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        var applicationId = await applicant.Apply(await hr.PublishVacancy());
        await Eventually.Get(() => applicant.Get($"/api/applications/{applicationId}/timeline"), t => t.GetArrayLength() == 2, "screening's own report");

        // A report of something that happened before the submission, arriving now, twice.
        var late = new global::Recruitment.Screening.Contracts.ScreeningOpened(applicationId, "late", new DateTimeOffset(2025, 6, 10, 8, 0, 0, TimeSpan.Zero));
        var messageId = Guid.NewGuid();
        var consumed = new ConsumeCounter(messageId);
        using var observer = system.Applications.Services.GetRequiredService<IBus>().ConnectConsumeObserver(consumed);
        var bus = system.Screening.Services.GetRequiredService<IBus>();
        await bus.Publish(late, context => context.MessageId = messageId);
        await bus.Publish(late, context => context.MessageId = messageId);
        await Eventually.True(() => Task.FromResult(consumed.Completed == 2), "both deliveries to be consumed");

        var timeline = await applicant.Get($"/api/applications/{applicationId}/timeline");
        Assert.Equal(3, timeline.GetArrayLength());
        Assert.Equal("screening-started", timeline[0].GetProperty("type").GetString());
        Assert.Equal(late.OpenedAt, timeline[0].GetProperty("at").GetDateTimeOffset());
        Assert.Equal("application-submitted", timeline[1].GetProperty("type").GetString());
        Assert.Equal("submitted", (await applicant.Get($"/api/applications/{applicationId}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_forwarded_candidate_delivered_twice_joins_the_pool_once_R13()
    {
        var forwarded = new global::Recruitment.Screening.Contracts.CandidateForwarded(Guid.NewGuid(), "250700", "2025", "Ada", "Lovelace",
            "5ab0c0ffee5ab0c0ffee5ab0c0ffee00", "fr", "bachelor", "proficient", "working", false, 4, DateTimeOffset.UtcNow);
        var messageId = Guid.NewGuid();
        var consumed = new ConsumeCounter(messageId);
        using var observer = system.Divisions.Services.GetRequiredService<IBus>().ConnectConsumeObserver(consumed);
        var bus = system.Screening.Services.GetRequiredService<IBus>();

        await bus.Publish(forwarded, context => context.MessageId = messageId);
        await bus.Publish(forwarded, context => context.MessageId = Guid.NewGuid());
        await bus.Publish(forwarded, context => context.MessageId = messageId);

        await Eventually.True(() => Task.FromResult(consumed.Completed == 2), "both deliveries of the same id");
        await using var session = system.Divisions.Services.GetRequiredService<IDocumentStore>().QuerySession();
        await Eventually.True(async () => (await session.Events.FetchStreamAsync(forwarded.ApplicationId)).Count == 1, "one pool entry");
        Assert.Single(await session.Events.FetchStreamAsync(forwarded.ApplicationId));
    }

    [Fact]
    public async Task A_selection_reported_before_the_shortlisting_still_shows_selected_R13()
    {
        system.Clock.Set(new DateTimeOffset(2025, 6, 10, 9, 0, 0, TimeSpan.Zero));
        using var hr = await system.Client().As("hr", "hr@example.org");
        using var applicant = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        var id = await applicant.Apply(await hr.PublishVacancy());
        var bus = system.Divisions.Services.GetRequiredService<IBus>();
        var shortlistedAt = new DateTimeOffset(2025, 7, 1, 9, 0, 0, TimeSpan.Zero);

        await bus.Publish(new global::Recruitment.DivisionSelection.Contracts.CandidateSelected(id, "OPS", "2025", "x", "x", shortlistedAt.AddDays(10)));
        await Eventually.True(async () => (await applicant.Get($"/api/applications/{id}")).GetProperty("status").GetString() == "selected", "the selection");
        await bus.Publish(new global::Recruitment.DivisionSelection.Contracts.CandidateShortlisted(id, "OPS", "2025", shortlistedAt));
        await Eventually.True(async () => (await applicant.Get($"/api/applications/{id}/timeline")).EnumerateArray()
            .Any(s => s.GetProperty("type").GetString() == "shortlisted"), "the late shortlisting");

        var timeline = (await applicant.Get($"/api/applications/{id}/timeline")).EnumerateArray().Select(s => s.GetProperty("type").GetString()).ToList();
        Assert.True(timeline.IndexOf("shortlisted") < timeline.IndexOf("selected"));
        Assert.Equal("selected", (await applicant.Get($"/api/applications/{id}")).GetProperty("status").GetString());
    }

    internal static ApplicationSubmitted Submitted(Guid applicationId) => new(
        applicationId,
        "duplicate-test",
        "2025",
        "5ab0c0ffee5ab0c0ffee5ab0c0ffee00",
        new ApplicantDetails("Ada", "Lovelace", new DateOnly(2003, 1, 15), ["FR"], "fr"),
        new EducationDetails("enrolled", "bachelor", 2, null),
        new LanguageDetails("proficient", "working"),
        new DesirableDetails(true, false, false),
        false,
        DateTimeOffset.UtcNow,
        new DateTimeOffset(2099, 6, 22, 21, 59, 0, TimeSpan.Zero));
}
