using Recruitment.ServiceDefaults;

namespace Recruitment.Gateway;

/// <summary>The process. Tests host it through this type (WebApplicationFactory), one class per service.</summary>
public sealed class Program
{
    public static int Main(string[] args) =>
        RecruitmentHost.Run(args, GatewayModule.Name, builder => builder.AddGatewayModule(), app =>
        {
            app.UseRateLimiter(); // after authentication: applicants are limited by their token's subject
            app.MapGatewayModule();
        });
}
