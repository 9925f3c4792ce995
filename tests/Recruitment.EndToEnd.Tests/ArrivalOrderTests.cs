using Marten;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Recruitment.Applications.Contracts;
using Recruitment.Testing;
using ScreeningState = Recruitment.Screening.Screenings.Screening;

namespace Recruitment.EndToEnd.Tests;

/// <summary>
/// Messages arrive in any order. A fact that overtakes its predecessor is recorded when it arrives and takes effect
/// when the predecessor arrives: nothing is retried for it, nothing reaches an error queue, and the outcome is the
/// one the facts give, whatever order they came in.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class ArrivalOrderTests(SystemFixture system)
{
    private static readonly DateTimeOffset SubmittedAt = new(2025, 6, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_withdrawal_that_overtakes_its_submission_keeps_the_application_out_of_screening_R5()
    {
        var id = Guid.NewGuid();

        await DeliverAsync(new ApplicationWithdrawn(id, SubmittedAt.AddHours(1)));
        await DeliverAsync(Submitted(id, "FR"));

        var screening = await LoadAsync(id);
        Assert.False(screening.AwaitingSubmission);
        Assert.True(screening.Withdrawn);
        Assert.Equal(global::Recruitment.Screening.Screenings.ScreeningOutcome.Withdrawn, screening.Outcome);
        Assert.Null(screening.Assessment);
        Assert.Equal("Ada", screening.GivenName);
    }

    [Fact]
    public async Task Edits_that_overtake_the_submission_and_each_other_are_judged_latest_first_R5_R7()
    {
        var id = Guid.NewGuid();

        // The later edit (a nationality outside NATO) arrives first, then the earlier one, then the submission.
        await DeliverAsync(Edited(id, "CN", SubmittedAt.AddHours(2)));
        await DeliverAsync(Edited(id, "BE", SubmittedAt.AddHours(1)));
        Assert.True((await LoadAsync(id)).AwaitingSubmission);
        await DeliverAsync(Submitted(id, "FR"));

        var screening = await LoadAsync(id);
        Assert.Equal(["CN"], screening.Candidate.Nationalities);
        Assert.Equal(["CN"], screening.Assessment!.Candidate.Nationalities);
        Assert.Contains(screening.Assessment.Reasons, reason => reason is { Rule: "R7", Code: "nationality" });
        Assert.Equal(global::Recruitment.Screening.Screenings.ScreeningOutcome.Ineligible, screening.Outcome);
    }

    [Fact]
    public async Task An_application_waiting_for_its_submission_is_not_shown_to_hr()
    {
        var id = Guid.NewGuid();
        await DeliverAsync(new ApplicationWithdrawn(id, SubmittedAt.AddHours(1)));

        using var hr = await system.Client().As("hr", "hr@example.org");
        var response = await hr.Http.GetAsync($"/api/screening/applications/{id}");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Publishes one message to Screening and waits until it was consumed, without a single failed attempt.</summary>
    private async Task DeliverAsync<T>(T message) where T : class
    {
        var messageId = Guid.NewGuid();
        var consumed = new ConsumeCounter(messageId);
        using var observer = system.Screening.Services.GetRequiredService<IBus>().ConnectConsumeObserver(consumed);
        await system.Applications.Services.GetRequiredService<IBus>().Publish(message, context => context.MessageId = messageId);
        await Eventually.True(() => Task.FromResult(consumed.Completed + consumed.Faulted > 0), $"{typeof(T).Name} to be consumed");
        Assert.Equal(0, consumed.Faulted);
        Assert.Equal(1, consumed.Completed);
    }

    private async Task<ScreeningState> LoadAsync(Guid id)
    {
        await using var session = system.Screening.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await session.LoadAsync<ScreeningState>(id) ?? throw new InvalidOperationException($"No screening {id}.");
    }

    private static ApplicationSubmitted Submitted(Guid id, string nationality) => new(
        id, "arrival-order", "2025", "ada@example.org",
        Applicant(nationality), Education, Languages, Desirable, false, SubmittedAt,
        new DateTimeOffset(2099, 6, 22, 21, 59, 0, TimeSpan.Zero));

    private static ApplicationEdited Edited(Guid id, string nationality, DateTimeOffset at) =>
        new(id, Applicant(nationality), Education, Languages, Desirable, false, at);

    private static ApplicantDetails Applicant(string nationality) => new("Ada", "Lovelace", new DateOnly(2003, 1, 15), [nationality], "fr");

    private static readonly EducationDetails Education = new("enrolled", "bachelor", 2, null);

    private static readonly LanguageDetails Languages = new("proficient", "working");

    private static readonly DesirableDetails Desirable = new(true, false, false);
}
