using JasperFx.Events.Projections;
using MassTransit;
using Recruitment.DivisionSelection.Assessments;
using Recruitment.DivisionSelection.Decisions;
using Recruitment.DivisionSelection.Integration.Outgoing;
using Recruitment.DivisionSelection.Interviews;
using Recruitment.DivisionSelection.Pool;
using Recruitment.DivisionSelection.Pool.Reading;
using Recruitment.DivisionSelection.Selection;
using Recruitment.DivisionSelection.Shortlisting;
using Recruitment.EventSourcing;
using Recruitment.Messaging;

namespace Recruitment.DivisionSelection;

/// <summary>The Division-Selection service: the shared pool, shortlists, interviews, scorecards and decisions.</summary>
public static class DivisionSelectionModule
{
    public const string Name = "division-selection";

    public static IHostApplicationBuilder AddDivisionSelectionModule(this IHostApplicationBuilder builder)
    {
        builder.AddEventStore("divisions", options =>
        {
            options.Projections.Snapshot<PoolCandidate>(SnapshotLifecycle.Inline);
            options.Schema.For<PoolCandidate>().Index(candidate => candidate.Campaign).Index(candidate => candidate.Score);
            options.Projections.LiveStreamAggregation<CampaignSelection>();
        }, OutboxMappings.Configure);
        builder.AddRecruitmentMessaging(Name, bus => bus.AddConsumers(typeof(DivisionSelectionModule).Assembly));
        return builder;
    }

    public static WebApplication MapDivisionSelectionModule(this WebApplication app)
    {
        app.MapReadPool();
        app.MapShortlist();
        app.MapScheduleInterviews();
        app.MapSubmitScorecard();
        app.MapDecideSelection();
        app.MapCloseSelection();
        return app;
    }
}
