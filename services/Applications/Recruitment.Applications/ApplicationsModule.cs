using JasperFx.Events.Projections;
using MassTransit;
using Recruitment.Applications.Applications;
using Recruitment.Applications.Applications.Documents;
using Recruitment.Applications.Applications.Editing;
using Recruitment.Applications.Applications.Offers;
using Recruitment.Applications.Applications.Reading;
using Recruitment.Applications.Applications.Submitting;
using Recruitment.Applications.Applications.Withdrawing;
using Recruitment.Applications.Campaigns;
using Recruitment.Applications.Integration.Outgoing;
using Recruitment.Applications.Notifications;
using Recruitment.Applications.Vacancies;
using Recruitment.Applications.Vacancies.Listing;
using Recruitment.Applications.Vacancies.Publishing;
using Recruitment.EventSourcing;
using Recruitment.Messaging;

namespace Recruitment.Applications;

/// <summary>The Application service: vacancies, submissions and each candidate's path across the services.</summary>
public static class ApplicationsModule
{
    public const string Name = "applications";

    public static IHostApplicationBuilder AddApplicationsModule(this IHostApplicationBuilder builder)
    {
        var marten = builder.AddEventStore(Name, options =>
        {
            options.Projections.Snapshot<Vacancy>(SnapshotLifecycle.Inline);
            options.Schema.For<Vacancy>().Index(vacancy => vacancy.DeadlineUtc);
            options.Projections.Snapshot<Application>(SnapshotLifecycle.Inline);
            options.Projections.LiveStreamAggregation<ApplicantCampaign>();
            options.Schema.For<IdempotencyRecord>().Identity(record => record.Id);
            options.AddDocumentTable();
            options.Schema.For<NotificationDelivery>().UseOptimisticConcurrency(true)
                .Metadata(m => m.Version.MapTo(delivery => delivery.Version))
                .Index(delivery => delivery.NextAttemptAt)
                .Index(delivery => delivery.ApplicationId);
        }, OutboxMappings.Configure);
        marten.AddSubscriptionWithServices<NotificationDispatcher>(ServiceLifetime.Singleton);
        builder.Services.AddSingleton(builder.Configuration.GetSection(NotificationOptions.Section).Get<NotificationOptions>() ?? new NotificationOptions());
        builder.Services.AddSingleton(builder.Configuration.GetSection(DocumentLimits.Section).Get<DocumentLimits>() ?? new DocumentLimits());
        builder.Services.AddHostedService<NotificationSending>();

        var smtp = builder.Configuration.GetSection(SmtpOptions.Section).Get<SmtpOptions>();
        if (!string.IsNullOrWhiteSpace(smtp?.Host))
        {
            builder.Services.AddSingleton(smtp);
            builder.Services.AddSingleton<INotificationSender, SmtpNotificationSender>();
        }
        else
        {
            builder.Services.AddSingleton<INotificationSender, LogNotificationSender>();
        }

        builder.AddRecruitmentMessaging(Name, bus => bus.AddConsumers(typeof(ApplicationsModule).Assembly));
        return builder;
    }

    public static WebApplication MapApplicationsModule(this WebApplication app)
    {
        app.MapPublishVacancy();
        app.MapListOpenVacancies();
        app.MapSubmitApplication();
        app.MapEditApplication();
        app.MapWithdrawApplication();
        app.MapUploadDocument();
        app.MapReadDocuments();
        app.MapGetApplication();
        app.MapCandidateAnswers();
        return app;
    }
}
