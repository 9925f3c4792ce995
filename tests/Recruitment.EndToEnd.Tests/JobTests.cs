using Marten;
using Microsoft.Extensions.DependencyInjection;
using Recruitment.DivisionSelection.Decisions;
using Recruitment.EventSourcing;
using Recruitment.Screening.Screenings.Concluding;
using Recruitment.SecurityClearance.Cases;
using Recruitment.SecurityClearance.Cases.Reminders;
using Recruitment.Testing;

namespace Recruitment.EndToEnd.Tests;

/// <summary>
/// The jobs stay cheap as the store grows: each finds its work through an index that holds only what is still to do
/// (or, for closing a selection, the campaign's), in a stable order, a page per transaction.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class JobTests(SystemFixture system)
{
    private static readonly DateTimeOffset Now = new(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task The_deadline_job_reads_only_the_screenings_still_to_conclude_through_their_index_R13()
    {
        await using var session = system.Screening.Services.GetRequiredService<IDocumentStore>().QuerySession();

        var first = await QueryPlans.ExplainAsync(system.Environment.Postgres, DeadlineJob.Due(session, Now, null).Take(PagedWork.PageSize));
        var next = await QueryPlans.ExplainAsync(system.Environment.Postgres, DeadlineJob.Due(session, Now, new DueItem(Guid.NewGuid(), Now.AddDays(-3))).Take(PagedWork.PageSize));
        var upcoming = await QueryPlans.ExplainAsync(system.Environment.Postgres, DeadlineJob.Upcoming(session, Now).Take(1));

        Assert.Contains("mt_doc_screening_idx_conclusion_due_at", first, StringComparison.Ordinal);
        Assert.Contains("mt_doc_screening_idx_conclusion_due_at", next, StringComparison.Ordinal);
        Assert.Contains("mt_doc_screening_idx_conclusion_due_at", upcoming, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reminder_job_reads_only_the_cases_with_a_reminder_due_through_their_index_R18()
    {
        await using var session = system.Clearances.Services.GetRequiredService<IDocumentStore>().QuerySession();

        var plan = await QueryPlans.ExplainAsync(system.Environment.Postgres, ReminderJob.Due(session, Now, null).Take(PagedWork.PageSize));

        Assert.Contains("mt_doc_clearancecase_idx_reminder_due_at", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Closing_a_selection_reads_the_campaigns_candidates_through_its_index_R13()
    {
        await using var session = system.Divisions.Services.GetRequiredService<IDocumentStore>().QuerySession();
        // Earlier campaigns' candidates, as a store holds after a few years: by the primary key alone, a page of this
        // campaign would be read past all of them.
        const string arrange = """
            do $$
            declare pool regclass := (select oid::regclass from pg_class where relname = 'mt_doc_poolcandidate' and relkind = 'r');
            begin
              execute format('insert into %s (id, data) select gen_random_uuid(), jsonb_build_object(''Campaign'', ''2019'') from generate_series(1, 5000)', pool);
              execute format('analyze %s', pool);
            end $$;
            """;

        var first = await QueryPlans.ExplainAsync(system.Environment.Postgres, CloseSelection.Undecided(session, "2025", "OPS", null).Take(PagedWork.PageSize), arrange);
        var next = await QueryPlans.ExplainAsync(system.Environment.Postgres, CloseSelection.Undecided(session, "2025", "OPS", Guid.NewGuid()).Take(PagedWork.PageSize), arrange);

        Assert.Contains("mt_doc_poolcandidate_idx_campaignid", first, StringComparison.Ordinal);
        Assert.Contains("mt_doc_poolcandidate_idx_campaignid", next, StringComparison.Ordinal);
    }
}

/// <summary>
/// More cases due than one page holds, in a service of its own (its own database and virtual host, no Applications
/// service to hear the reminders): one run reminds them all, oldest request first.
/// </summary>
public sealed class ReminderJobPagingTests : IAsyncLifetime
{
    private readonly TestClock _clock = new(new DateTimeOffset(2019, 1, 1, 9, 0, 0, TimeSpan.Zero));
    private TestEnvironment _environment = null!;
    private ServiceHost<global::Recruitment.SecurityClearance.Program> _clearances = null!;

    public async Task InitializeAsync()
    {
        _environment = await TestEnvironment.CreateAsync();
        _clearances = new ServiceHost<global::Recruitment.SecurityClearance.Program>(_environment, _clock).Start();
    }

    public async Task DisposeAsync()
    {
        await _clearances.DisposeAsync();
        await _environment.DisposeAsync();
    }

    [Fact]
    public async Task The_reminder_job_reminds_every_due_case_in_one_run_oldest_first_beyond_one_page_R18()
    {
        var store = _clearances.Services.GetRequiredService<IDocumentStore>();
        var requested = new DateTimeOffset(2019, 1, 1, 9, 0, 0, TimeSpan.Zero);
        var cases = Enumerable.Range(0, PagedWork.PageSize * 2 + 17).Select(i => (ApplicationId: Guid.NewGuid(), At: requested.AddMinutes(-i))).ToList();
        await using (var session = store.LightweightSession())
        {
            foreach (var (applicationId, at) in cases)
            {
                session.Events.StartStream<ClearanceCase>(ClearanceCase.IdFor(applicationId),
                    new SelectionNoted(applicationId, "OPS", "2018", "180700", at),
                    new ClearanceRequested(applicationId, "NS", "FR", ["FR"], 1286.09m, at));
            }

            await session.SaveChangesAsync();
        }

        _clock.Set(requested.AddMonths(ReminderJob.FollowUpMonths).AddMinutes(1));
        await _clearances.Services.GetRequiredService<ReminderJob>().RunOnceAsync(CancellationToken.None);

        await using var query = store.QuerySession();
        var reminded = (await query.Events.QueryAllRawEvents().Where(e => e.EventTypeName == "follow_up_reminder_sent").OrderBy(e => e.Sequence).ToListAsync())
            .Select(e => ((FollowUpReminderSent)e.Data).RequestedAt).ToList();
        Assert.Equal(cases.Count, reminded.Count);
        Assert.Equal(cases.Select(c => c.At).Order(), reminded);
    }
}
