using JasperFx.Events.Projections;
using MassTransit;
using Recruitment.Applications.Analytics;
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
using Recruitment.Applications.Privacy;
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
            options.Schema.For<Vacancy>().Index(vacancy => vacancy.DeadlineUtc).Index(vacancy => vacancy.Campaign);
            options.Projections.Snapshot<Application>(SnapshotLifecycle.Inline);
            options.Projections.LiveStreamAggregation<ApplicantCampaign>();
            options.Projections.LiveStreamAggregation<Erasure>();
            options.Schema.For<Application>().Index(application => application.SubjectId).Index(application => application.Campaign);
            options.AddPersonalDataMasking();
            options.Schema.For<CandidateJourney>();
            options.Schema.For<VacancyFunnel>().Index(funnel => funnel.Campaign);
            options.Schema.For<IdempotencyRecord>().Identity(record => record.Id).Duplicate(record => record.At);
            options.AddDocumentTable();
            options.Schema.For<NotificationDelivery>().UseOptimisticConcurrency(true)
                .Metadata(m => m.Version.MapTo(delivery => delivery.Version))
                .Index(delivery => delivery.NextAttemptAt)
                .Index(delivery => delivery.ApplicationId);
        }, OutboxMappings.Configure);
        marten.AddSubscriptionWithServices<NotificationDispatcher>(ServiceLifetime.Singleton);
        marten.AddSubscriptionWithServices<CampaignAnalytics>(ServiceLifetime.Singleton);

        // A client retries a submission within minutes; a month is the window in which a key still means "this one".
        builder.Services.AddRetention<IdempotencyRecord>("IdempotencyKeys", TimeSpan.FromDays(30), cutoff => record => record.At < cutoff);
        builder.Services.AddSingleton(builder.Configuration.GetSection(NotificationOptions.Section).Get<NotificationOptions>() ?? new NotificationOptions());
        builder.Services.AddSingleton(builder.Configuration.GetSection(DocumentLimits.Section).Get<DocumentLimits>() ?? new DocumentLimits());
        builder.Services.AddHostedService<NotificationSending>();
        builder.Services.AddSingleton<IEventStoreSeed, SubjectKeyMigration>();
        builder.Services.AddSingleton<RetentionErasureJob>();
        builder.Services.AddHostedService(services => services.GetRequiredService<RetentionErasureJob>());

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
        // Anyone reads the open vacancies; HR and admins publish them.
        var vacancies = app.MapGroup("/api/vacancies").WithTags("Vacancies");
        vacancies.MapPublishVacancy();
        vacancies.MapListOpenVacancies();

        // What an applicant does with their own applications (someone else's id is 404).
        var applying = app.MapGroup("/api/applications").WithTags("Applications").RequireRoles(Roles.Applicant);
        applying.MapSubmitApplication();
        applying.MapEditApplication();
        applying.MapWithdrawApplication();
        applying.MapUploadDocument();
        applying.MapCandidateAnswers();

        // One application as its applicant, HR and admins see it.
        var application = app.MapGroup("/api/applications/{id:guid}").WithTags("Applications").RequireRoles(Roles.Applicant, Roles.Hr, Roles.Admin);
        application.MapGetApplication();
        application.MapReadDocuments();

        // GDPR: a person's erasure (Art. 17) and, for the gateway to gather, their data (Art. 15).
        var privacy = app.MapGroup("/api/privacy").WithTags("Privacy");
        privacy.MapRequestErasure();
        privacy.MapReadErasure();
        app.MapGroup("/api/me").WithTags("Privacy").RequireRoles(Roles.Applicant).MapForgetMe();
        app.MapSubjectData();

        // Where a campaign's candidates are and how long each stage takes: anonymous figures for HR.
        app.MapGroup("/api/analytics").WithTags("Analytics").RequireRoles(Roles.Hr, Roles.Admin).MapReadCampaignAnalytics();
        return app;
    }
}
