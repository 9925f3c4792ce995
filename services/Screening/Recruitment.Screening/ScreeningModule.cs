using JasperFx.Events.Projections;
using MassTransit;
using Recruitment.EventSourcing;
using Recruitment.Messaging;
using Recruitment.Screening.Integration.Outgoing;
using Recruitment.Screening.Privacy;
using Recruitment.Screening.Rules;
using Recruitment.Screening.Rules.Managing;
using Recruitment.Screening.Screenings.Concluding;
using Recruitment.Screening.Screenings.Reading;
using Recruitment.Screening.Screenings.Rejecting;
using Recruitment.Screening.Screenings.VerifyingDocuments;
using Recruitment.Screening.WhatIf;

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
                options.Schema.For<Screenings.Screening>()
                    .Index(screening => screening.VacancyId)
                    .Index(screening => screening.Campaign)
                    .Index(screening => screening.SubjectId)
                    .Duplicate(screening => screening.ConclusionDueAt, configure: index => index.Predicate = "conclusion_due_at is not null");
                options.Schema.For<RuleSet>().Identity(ruleSet => ruleSet.Id);
                options.AddPersonalDataMasking();
                options.Schema.For<CampaignRules>().Identity(rules => rules.Id);
            }, OutboxMappings.Configure);
        builder.Services.AddSingleton<IEventStoreSeed, RuleBook.Seed>();
        builder.AddRecruitmentMessaging(Name, bus => bus.AddConsumers(typeof(ScreeningModule).Assembly));
        builder.Services.AddSingleton<DeadlineJob>();
        builder.Services.AddHostedService(services => services.GetRequiredService<DeadlineJob>());
        return builder;
    }

    public static WebApplication MapScreeningModule(this WebApplication app)
    {
        var screening = app.MapGroup("/api/screening").WithTags("Screening").RequireRoles(Roles.Hr, Roles.Admin);
        screening.MapReadScreenings();
        screening.MapVerifyDocuments();
        screening.MapRejectForGenerativeAi();
        screening.MapWhatIfRescreening();
        screening.MapManageRuleSets();
        app.MapSubjectData();
        return app;
    }
}
