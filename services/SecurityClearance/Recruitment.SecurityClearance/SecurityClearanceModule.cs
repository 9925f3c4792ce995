using MassTransit;
using Recruitment.EventSourcing;
using Recruitment.Messaging;

namespace Recruitment.SecurityClearance;

/// <summary>The Security-Clearance service: clearance cases, the officers' updates, reminders and the final offer.</summary>
public static class SecurityClearanceModule
{
    public const string Name = "security-clearance";

    public static IHostApplicationBuilder AddSecurityClearanceModule(this IHostApplicationBuilder builder)
    {
        builder.AddEventStore("clearances", _ => { });
        builder.AddRecruitmentMessaging(Name, bus => bus.AddConsumers(typeof(SecurityClearanceModule).Assembly));
        return builder;
    }

    public static WebApplication MapSecurityClearanceModule(this WebApplication app) => app;
}
