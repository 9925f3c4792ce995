using System.Collections.Concurrent;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Recruitment.Applications.Notifications;
using Recruitment.Testing;

namespace Recruitment.EndToEnd.Tests.Applications;

/// <summary>
/// One bad notification stops nothing (R21): a message the mail server refuses is retried with back-off and then
/// recorded as failed, visible with its status, while every other candidate's messages go out; a message that went out
/// is never sent again, not even when the stream is replayed.
/// </summary>
public sealed class NotificationDeliveryTests(NotificationDeliveryTests.Fixture system) : IClassFixture<NotificationDeliveryTests.Fixture>
{
    [Fact]
    public async Task A_refused_address_fails_alone_after_its_retries_and_the_others_are_sent_once_R21()
    {
        using var hr = await system.Client().As("hr", "hr@example.org");
        var vacancy = await hr.PublishVacancy(deadline: "2099-06-22T23:59:00");
        using var refused = await system.Client().As("applicant", $"refused-{Guid.NewGuid():N}@example.org");
        using var accepted = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");

        var refusedId = await refused.Apply(vacancy);
        var acceptedId = await accepted.Apply(vacancy);

        var failed = await Eventually.Get(() => refused.Get($"/api/applications/{refusedId}/notifications"),
            list => list.GetArrayLength() == 1 && list[0].GetProperty("status").GetString() == "failed", "the refused receipt to be recorded as failed");
        Assert.Equal(Fixture.MaxAttempts, failed[0].GetProperty("attempts").GetInt32());
        var sent = await Eventually.Get(() => accepted.Get($"/api/applications/{acceptedId}/notifications"),
            list => list.GetArrayLength() == 1 && list[0].GetProperty("status").GetString() == "sent", "the other receipt to be sent");
        var sentId = sent[0].GetProperty("notificationId").GetGuid();

        Assert.Equal(Fixture.MaxAttempts, system.Mail.Attempts(failed[0].GetProperty("notificationId").GetGuid()));
        Assert.Equal(1, system.Mail.Delivered(sentId));

        // Replaying every recorded notification from the start sends nothing a second time.
        var daemon = system.Applications.Services.GetRequiredService<Marten.Events.Daemon.Coordination.IProjectionCoordinator>().DaemonForMainDatabase();
        await daemon.RewindSubscriptionAsync("notifications", CancellationToken.None);
        var store = system.Applications.Services.GetRequiredService<IDocumentStore>();
        var end = (await store.Advanced.FetchEventStoreStatistics()).EventSequenceNumber;
        await Eventually.True(async () => (await store.Advanced.AllProjectionProgress())
            .Any(p => p.ShardName.StartsWith("notifications", StringComparison.Ordinal) && p.Sequence >= end), "the replay to reach the end of the store");
        await Task.Delay(TimeSpan.FromSeconds(1));
        Assert.Equal(1, system.Mail.Delivered(sentId));
        Assert.Equal(Fixture.MaxAttempts, system.Mail.Attempts(failed[0].GetProperty("notificationId").GetGuid()));
    }

    /// <summary>The Application service alone, with a mail server that refuses addresses starting with "refused".</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public const int MaxAttempts = 3;

        public TestEnvironment Environment { get; private set; } = null!;

        public MailServer Mail { get; } = new();

        public ServiceHost<global::Recruitment.Applications.Program> Applications { get; private set; } = null!;

        public TestClock Clock { get; } = new(new DateTimeOffset(2025, 6, 1, 10, 0, 0, TimeSpan.Zero));

        public async Task InitializeAsync()
        {
            Environment = await TestEnvironment.CreateAsync();
            Applications = new ServiceHost<global::Recruitment.Applications.Program>(Environment, Clock, new Dictionary<string, string?>
            {
                ["Notifications:SendInterval"] = "00:00:00.100",
                ["Notifications:FirstBackOff"] = "00:00:00",
                ["Notifications:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
            }, services => services.AddSingleton<INotificationSender>(Mail)).Start();
        }

        public GatewayClient Client() => new(new HttpClient { BaseAddress = Applications.Address });

        public async Task DisposeAsync()
        {
            await Applications.DisposeAsync();
            await Environment.DisposeAsync();
        }
    }

    /// <summary>What a mail server does with a message: takes it, or refuses the address.</summary>
    public sealed class MailServer : INotificationSender
    {
        private readonly ConcurrentDictionary<Guid, int> _attempts = new();
        private readonly ConcurrentDictionary<Guid, int> _delivered = new();

        public int Attempts(Guid id) => _attempts.GetValueOrDefault(id);

        public int Delivered(Guid id) => _delivered.GetValueOrDefault(id);

        public Task SendAsync(NotificationMessage message, CancellationToken cancellationToken)
        {
            _attempts.AddOrUpdate(message.Id, 1, (_, n) => n + 1);
            if (message.To.StartsWith("refused", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"550 mailbox unavailable: {message.To}");
            }

            _delivered.AddOrUpdate(message.Id, 1, (_, n) => n + 1);
            return Task.CompletedTask;
        }
    }
}
