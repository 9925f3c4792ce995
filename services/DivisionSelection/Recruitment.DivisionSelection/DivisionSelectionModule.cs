using JasperFx.Events.Projections;
using MassTransit;
using Recruitment.DivisionSelection.Assessments;
using Recruitment.DivisionSelection.Decisions;
using Recruitment.DivisionSelection.Integration.Outgoing;
using Recruitment.DivisionSelection.Interviews;
using Recruitment.DivisionSelection.Pool;
using Recruitment.DivisionSelection.Pool.Reading;
using Recruitment.DivisionSelection.Privacy;
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
            // (campaign, id): a campaign's candidates in id order, so closing a selection pages through them without a sort.
            options.Schema.For<PoolCandidate>().Index(candidate => new { candidate.Campaign, candidate.Id })
                .Index(candidate => candidate.Score).Index(candidate => candidate.SubjectId);
            options.AddPersonalDataMasking();
            options.Projections.LiveStreamAggregation<CampaignSelection>();
        }, OutboxMappings.Configure);
        builder.AddRecruitmentMessaging(Name, bus => bus.AddConsumers(typeof(DivisionSelectionModule).Assembly));
        return builder;
    }

    public static WebApplication MapDivisionSelectionModule(this WebApplication app)
    {
        // Staff of the division in the path (its "division" claim, checked per request) or admins.
        var division = app.MapGroup("/api/divisions/{code}").WithTags("Divisions").RequireRoles(Roles.Division, Roles.Admin);
        division.MapReadPool();
        division.MapShortlist();
        division.MapScheduleInterviews();
        division.MapSubmitScorecard();
        division.MapDecideSelection();
        division.MapCloseSelection();
        app.MapSubjectData();
        return app;
    }
}
