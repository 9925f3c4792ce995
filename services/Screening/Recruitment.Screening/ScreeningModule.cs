using JasperFx.Events.Projections;
using MassTransit;
using Recruitment.EventSourcing;
using Recruitment.Messaging;
using Recruitment.Screening.Screenings;
using Recruitment.Screening.Screenings.Listing;
using Contracts = Recruitment.Screening.Contracts;

namespace Recruitment.Screening;

/// <summary>The Screening service: eligibility with reasons, document checks, ranking, forwarding to the pool.</summary>
public static class ScreeningModule
{
    public const string Name = "screening";

    public static IHostApplicationBuilder AddScreeningModule(this IHostApplicationBuilder builder)
    {
        builder.AddEventStore(Name, options =>
        {
            options.Projections.Snapshot<Screenings.Screening>(SnapshotLifecycle.Inline);
            options.Schema.For<Screenings.Screening>().Index(screening => screening.VacancyId);
        }, outbox => outbox.Forward<ScreeningOpened>(e =>
            new Contracts.ScreeningOpened(e.Data.ApplicationId, e.Data.VacancyId, e.Data.OpenedAt)));
        builder.AddRecruitmentMessaging(Name, bus => bus.AddConsumers(typeof(ScreeningModule).Assembly));
        return builder;
    }

    public static WebApplication MapScreeningModule(this WebApplication app)
    {
        app.MapListVacancyScreenings();
        return app;
    }
}
