using System.Diagnostics;
using Marten;
using MassTransit;
using JasperFx;

namespace Recruitment.Load;

/// <summary>
/// The baseline the pipeline is measured against, on the same servers in the same run: one hop as a service makes it —
/// consume a message, record it once (a processed-message record and an event, in one transaction), publish the next
/// message — with nothing of ours around it. A cycle of the pipeline is three such hops in sequence (submit, screen,
/// record on the path), so it can at best reach a third of this rate.
/// </summary>
public static class OneHop
{
    public sealed record HopRequested(Guid Id);

    public sealed record HopDone(Guid Id);

    public sealed record HopRecorded(Guid Id, DateTimeOffset At);

    public sealed record Processed(string Id);

    public static async Task<double> MeasureAsync(string postgres, Uri rabbitMq, int messages)
    {
        await using var store = DocumentStore.For(options =>
        {
            options.Connection(postgres);
            options.DatabaseSchemaName = "bench_one_hop";
            options.Events.DatabaseSchemaName = "bench_one_hop";
            options.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
            options.Schema.For<Processed>().Identity(p => p.Id);
            options.Events.AddEventType<HopRecorded>();
        });
        await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();

        var done = 0;
        var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(rabbitMq);
            rabbit.ReceiveEndpoint("bench-one-hop", endpoint => endpoint.Handler<HopRequested>(async context =>
            {
                await using var session = store.LightweightSession();
                var key = $"one-hop/{context.MessageId}";
                if (await session.LoadAsync<Processed>(key) is null)
                {
                    session.Events.StartStream(context.Message.Id, new HopRecorded(context.Message.Id, DateTimeOffset.UtcNow));
                    session.Insert(new Processed(key));
                    await session.SaveChangesAsync();
                }

                await context.Publish(new HopDone(context.Message.Id));
            }));
            rabbit.ReceiveEndpoint("bench-one-hop-done", endpoint => endpoint.Handler<HopDone>(_ =>
            {
                if (Interlocked.Increment(ref done) == messages)
                {
                    finished.TrySetResult();
                }

                return Task.CompletedTask;
            }));
        });

        await bus.StartAsync();
        try
        {
            var clock = Stopwatch.StartNew();
            foreach (var chunk in Enumerable.Range(0, messages).Chunk(200))
            {
                await Task.WhenAll(chunk.Select(_ => bus.Publish(new HopRequested(Guid.NewGuid()))));
            }

            await finished.Task.WaitAsync(TimeSpan.FromMinutes(5));
            return messages / clock.Elapsed.TotalSeconds;
        }
        finally
        {
            await bus.StopAsync();
        }
    }
}
