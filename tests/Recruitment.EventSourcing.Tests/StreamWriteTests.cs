using JasperFx;
using JasperFx.Events.Projections;
using Marten;
using Recruitment.Testing;

namespace Recruitment.EventSourcing.Tests;

/// <summary>
/// A page of streams loaded for writing in one round trip keeps the check of one: a stream written by someone else
/// after the page was read fails the page's save, and nothing of the page is written.
/// </summary>
public sealed class StreamWriteTests : IAsyncLifetime
{
    private TestEnvironment _environment = null!;
    private DocumentStore _store = null!;

    public async Task InitializeAsync()
    {
        _environment = await TestEnvironment.CreateAsync();
        _store = DocumentStore.For(options =>
        {
            options.Connection(_environment.Postgres);
            options.AutoCreateSchemaObjects = AutoCreate.All;
            options.Projections.Snapshot<Tally>(SnapshotLifecycle.Inline);
        });
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        await _environment.DisposeAsync();
    }

    [Fact]
    public async Task A_page_loaded_in_one_batch_is_decided_in_order_and_saved_together()
    {
        var ids = await StartAsync(3);

        await using (var session = _store.LightweightSession())
        {
            var streams = await session.ForWritingAsync<Tally>(ids, CancellationToken.None);
            Assert.Equal(ids, streams.Select(stream => stream.Id));
            foreach (var stream in streams)
            {
                await stream.DecideAsync(tally => Decision.Accept(new Counted(tally.Count + 1)), CancellationToken.None);
            }

            await session.SaveChangesAsync();
        }

        Assert.Equal(new[] { 2, 2, 2 }, await CountsAsync(ids));
    }

    [Fact]
    public async Task A_stream_written_elsewhere_after_the_page_was_read_fails_the_whole_page()
    {
        var ids = await StartAsync(2);
        await using var page = _store.LightweightSession();
        var streams = await page.ForWritingAsync<Tally>(ids, CancellationToken.None);

        await using (var other = _store.LightweightSession())
        {
            other.Events.Append(ids[1], new Counted(10));
            await other.SaveChangesAsync();
        }

        foreach (var stream in streams)
        {
            await stream.DecideAsync(tally => Decision.Accept(new Counted(tally.Count + 1)), CancellationToken.None);
        }

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => page.SaveChangesAsync());
        Assert.True(WriteConflicts.IsConflict(failure), failure.ToString());
        Assert.Equal(new[] { 1, 10 }, await CountsAsync(ids));
    }

    private async Task<List<Guid>> StartAsync(int count)
    {
        var ids = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToList();
        await using var session = _store.LightweightSession();
        foreach (var id in ids)
        {
            session.Events.StartStream<Tally>(id, new Counted(1));
        }

        await session.SaveChangesAsync();
        return ids;
    }

    private async Task<int[]> CountsAsync(IEnumerable<Guid> ids)
    {
        await using var query = _store.QuerySession();
        var counts = new List<int>();
        foreach (var id in ids)
        {
            counts.Add((await query.LoadAsync<Tally>(id))!.Count);
        }

        return [.. counts];
    }
}

public sealed record Counted(int Count);

public sealed record Tally(Guid Id, int Count)
{
    public static Tally Create(JasperFx.Events.IEvent<Counted> counted) => new(counted.StreamId, counted.Data.Count);

    public Tally Apply(Counted counted) => this with { Count = counted.Count };
}
