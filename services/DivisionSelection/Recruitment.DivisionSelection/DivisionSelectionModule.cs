using MassTransit;
using Recruitment.EventSourcing;
using Recruitment.Messaging;

namespace Recruitment.DivisionSelection;

/// <summary>The Division-Selection service: the shared pool, shortlists, interviews, scorecards and decisions.</summary>
public static class DivisionSelectionModule
{
    public const string Name = "division-selection";

    public static IHostApplicationBuilder AddDivisionSelectionModule(this IHostApplicationBuilder builder)
    {
        builder.AddEventStore("divisions", _ => { });
        builder.AddRecruitmentMessaging(Name, bus => bus.AddConsumers(typeof(DivisionSelectionModule).Assembly));
        return builder;
    }

    public static WebApplication MapDivisionSelectionModule(this WebApplication app) => app;
}
