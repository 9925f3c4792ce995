using Recruitment.ServiceDefaults;

namespace Recruitment.Gateway;

/// <summary>The process. Tests host it through this type (WebApplicationFactory), one class per service.</summary>
public sealed class Program
{
    public static int Main(string[] args) =>
        RecruitmentHost.Run(args, builder =>
        {
            builder.AddServiceDefaults(GatewayModule.Name);
            builder.AddGatewayModule();

            var app = builder.Build();
            app.MapDefaultEndpoints();
            app.UseRateLimiter(); // after authentication: applicants are limited by their token's subject
            app.MapGatewayModule();
            return app;
        });
}
