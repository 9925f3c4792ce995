using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using Recruitment.Applications.Applications;
using Recruitment.EventSourcing;
using Recruitment.Testing;

namespace Recruitment.EndToEnd.Tests.Telemetry;

/// <summary>
/// One trace per path: a submission through the gateway, the Application service, its outbox, RabbitMQ, Screening's
/// consumer and its outbox, and back to the Application service where the outcome is recorded, is one trace — every
/// span of it carries the trace id the submission started, and each span's parent is another span of the same trace.
/// </summary>
public sealed class TraceTests(TraceTests.TracedSystem system) : IClassFixture<TraceTests.TracedSystem>
{
    [Fact]
    public async Task The_pipeline_counts_stage_transitions_and_reports_each_daemon_agents_lag()
    {
        var transitions = new ConcurrentBag<string>();
        var lags = new ConcurrentDictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, meters) =>
        {
            if (instrument.Meter.Name == PipelineMetrics.MeterName)
            {
                meters.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var tag = tags.ToArray().ToDictionary(t => t.Key, t => t.Value?.ToString());
            if (instrument.Name == "recruitment.stage.transitions")
            {
                transitions.Add(tag["stage"]!);
            }
            else if (instrument.Name == "recruitment.daemon.lag")
            {
                lags[$"{tag["service"]}/{tag["agent"]}"] = value;
            }
        });
        listener.Start();

        system.Clock.Set(SystemFixture.Start);
        using var hr = await system.Client().As("hr", "hr@example.org");
        var vacancy = await hr.PublishVacancy();
        using var applicant = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        await applicant.Apply(vacancy, dateOfBirth: "2015-01-01");

        await Eventually.True(() => Task.FromResult(transitions.Contains("submitted") && transitions.Contains("ineligible")), "the submission and its outcome to be counted");
        await Eventually.True(() =>
        {
            listener.RecordObservableInstruments();
            return Task.FromResult(lags.ContainsKey("applications/outbox:All") && lags.ContainsKey("screening/outbox:All") && lags.Keys.Any(agent => agent.StartsWith("applications/analytics:", StringComparison.Ordinal)));
        }, "the watchdog to report the outbox and projection lags", TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task A_submission_is_one_trace_from_the_gateway_to_the_recorded_screening_outcome()
    {
        system.Clock.Set(SystemFixture.Start);
        using var hr = await system.Client().As("hr", "hr@example.org");
        var vacancy = await hr.PublishVacancy();
        using var applicant = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
        var id = await applicant.Apply(vacancy, dateOfBirth: "2015-01-01");

        // The stream's facts name the trace they were written in (their correlation id): the submission's and the outcome's.
        var store = system.Applications.Services.GetRequiredService<IDocumentStore>();
        var events = await Eventually.Get(async () =>
        {
            await using var session = store.QuerySession();
            return await session.Events.FetchStreamAsync(id);
        }, e => e.Any(x => x.Data is EligibilityReported), "the screening outcome on the candidate's path");
        var traceId = events.Single(e => e.Data is ApplicationSubmitted).CorrelationId!;
        Assert.Equal(traceId, events.Single(e => e.Data is EligibilityReported).CorrelationId);

        // The outcome's consumer is the last hop: once its span has ended (after its transaction), every span of the path has.
        var spans = await Eventually.Get(() => Task.FromResult(system.Spans.Where(s => s.TraceId.ToHexString() == traceId).ToList()),
            trace => trace.Any(s => s.DisplayName == "applications-candidate-screened process"), "the span of the outcome's consumer");
        var names = string.Join(", ", spans.Select(s => $"{s.Source.Name}:{s.DisplayName}"));

        // The caller's request (this test's HTTP client) is the root; everything after it hangs from the gateway's span.
        var root = Assert.Single(spans, s => s.ParentSpanId == default);
        Assert.True(root.Kind == ActivityKind.Client && Port(root) == system.Gateway.Port, $"The trace starts with the request to the gateway: {names}");
        Hop(spans, names, "the gateway", s => s.Kind == ActivityKind.Server && Port(s) == system.Gateway.Port);
        Hop(spans, names, "the Application service", s => s.Kind == ActivityKind.Server && Port(s) == system.Applications.Port);
        Hop(spans, names, "the submission's append", s => s.Source.Name == "Npgsql" && Statement(s).StartsWith("select applications.mt_quick_append_events", StringComparison.Ordinal));
        Hop(spans, names, "the Application service's outbox", s => s.DisplayName == "outbox application_submitted");
        Hop(spans, names, "RabbitMQ to Screening", s => s.DisplayName == "screening-application-submitted process");
        Hop(spans, names, "Screening's append", s => s.Source.Name == "Npgsql" && Statement(s).StartsWith("select screening.mt_quick_append_events", StringComparison.Ordinal));
        Hop(spans, names, "Screening's outbox", s => s.DisplayName == "outbox eligibility_assessed");
        Hop(spans, names, "RabbitMQ back to the Application service", s => s.DisplayName == "applications-candidate-screened process");
        var outcome = spans.Single(s => s.DisplayName == "applications-candidate-screened process");
        Hop(spans, names, "the outcome's append", s => s.Source.Name == "Npgsql" && s.ParentSpanId == outcome.SpanId
            && Statement(s).StartsWith("select applications.mt_quick_append_events", StringComparison.Ordinal));

        // One tree: no span of the path hangs from a span that is not in it.
        var ids = spans.Select(s => s.SpanId).ToHashSet();
        Assert.All(spans.Where(s => s != root), s => Assert.True(ids.Contains(s.ParentSpanId), $"{s.Source.Name}:{s.DisplayName} has a parent outside the trace ({names})"));
    }

    private static void Hop(List<Activity> spans, string names, string hop, Func<Activity, bool> span) =>
        Assert.True(spans.Any(span), $"No span of {hop} in the trace: {names}");

    private static int? Port(Activity span) => span.GetTagItem("server.port") is int port ? port : null;

    private static string Statement(Activity span) => span.GetTagItem("db.query.text") as string ?? span.GetTagItem("db.statement") as string ?? "";

    /// <summary>The whole system, with the gateway's process exporting every span (all hosts share it) to memory, as a collector would receive them.</summary>
    public sealed class TracedSystem : SystemFixture
    {
        public SpanCollection Spans { get; } = new();

        protected override void Outside(IServiceCollection services) =>
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.SetSampler(new AlwaysOnSampler()).AddInMemoryExporter(Spans));
    }

    /// <summary>Spans exported from any thread, read by the test while more arrive.</summary>
    public sealed class SpanCollection : ICollection<Activity>
    {
        private readonly ConcurrentQueue<Activity> _spans = new();

        public int Count => _spans.Count;

        public bool IsReadOnly => false;

        public void Add(Activity item) => _spans.Enqueue(item);

        public void Clear() => _spans.Clear();

        public bool Contains(Activity item) => _spans.Contains(item);

        public void CopyTo(Activity[] array, int arrayIndex) => _spans.CopyTo(array, arrayIndex);

        public bool Remove(Activity item) => throw new NotSupportedException();

        public IEnumerator<Activity> GetEnumerator() => _spans.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
