using JasperFx.Events.Projections;
using MassTransit;
using Recruitment.Applications.Applications;
using Recruitment.Applications.Applications.Reading;
using Recruitment.Applications.Applications.Submitting;
using Recruitment.Applications.Integration.Outgoing;
using Recruitment.EventSourcing;
using Recruitment.Messaging;

namespace Recruitment.Applications;

/// <summary>The Application service: vacancies, submissions and each candidate's path across the services.</summary>
public static class ApplicationsModule
{
    public const string Name = "applications";

    public static IHostApplicationBuilder AddApplicationsModule(this IHostApplicationBuilder builder)
    {
        builder.AddEventStore(Name, options =>
        {
            options.Projections.Snapshot<Application>(SnapshotLifecycle.Inline);
            options.Schema.For<Application>().Index(application => application.ApplicantEmail);
        }, OutboxMappings.Configure);
        builder.AddRecruitmentMessaging(Name, bus => bus.AddConsumers(typeof(ApplicationsModule).Assembly));
        return builder;
    }

    public static WebApplication MapApplicationsModule(this WebApplication app)
    {
        app.MapSubmitApplication();
        app.MapGetApplication();
        return app;
    }
}
