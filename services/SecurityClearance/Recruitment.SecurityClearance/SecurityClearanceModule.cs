using JasperFx.Events.Projections;
using MassTransit;
using Recruitment.EventSourcing;
using Recruitment.Messaging;
using Recruitment.SecurityClearance.Cases;
using Recruitment.SecurityClearance.Cases.Reading;
using Recruitment.SecurityClearance.Cases.Reminders;
using Recruitment.SecurityClearance.Cases.Updating;
using Recruitment.SecurityClearance.Integration.Outgoing;
using Recruitment.SecurityClearance.Privacy;
using Recruitment.SecurityClearance.Statistics;

namespace Recruitment.SecurityClearance;

/// <summary>The Security-Clearance service: clearance cases, the officers' updates, reminders and the final offer.</summary>
public static class SecurityClearanceModule
{
    public const string Name = "security-clearance";

    public static IHostApplicationBuilder AddSecurityClearanceModule(this IHostApplicationBuilder builder)
    {
        builder.AddEventStore("clearances", options =>
        {
            options.Projections.Snapshot<ClearanceCase>(SnapshotLifecycle.Inline);
            options.AddPersonalDataMasking();
            options.Schema.For<ClearanceCase>().Index(c => c.RequestedAt).Index(c => c.SubjectId)
                .Duplicate(c => c.ReminderDueAt, configure: index => index.Predicate = "reminder_due_at is not null");
            options.Schema.For<ClearanceDurations>().Identity(d => d.Id).UseOptimisticConcurrency(true);
        }, OutboxMappings.Configure);
        builder.AddRecruitmentMessaging(Name, bus => bus.AddConsumers(typeof(SecurityClearanceModule).Assembly));
        builder.Services.AddSingleton<ReminderJob>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ReminderJob>());
        return builder;
    }

    public static WebApplication MapSecurityClearanceModule(this WebApplication app)
    {
        // Officers record outcomes; HR and admins follow the cases. Recording is the officers' alone (UpdateStatus).
        var clearances = app.MapGroup("/api/clearances").WithTags("Clearances").RequireRoles(Roles.ClearanceOfficer, Roles.Hr, Roles.Admin);
        clearances.MapReadCases();
        clearances.MapUpdateStatus();
        app.MapSubjectData();
        return app;
    }
}
