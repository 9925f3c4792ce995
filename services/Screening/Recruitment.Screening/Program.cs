using Recruitment.ServiceDefaults;

namespace Recruitment.Screening;

/// <summary>The process. Tests host it through this type (WebApplicationFactory), one class per service.</summary>
public sealed class Program
{
    public static int Main(string[] args) =>
        RecruitmentHost.Run(args, builder =>
        {
            builder.AddServiceDefaults(ScreeningModule.Name);
            builder.AddScreeningModule();

            var app = builder.Build();
            app.MapDefaultEndpoints();
            app.MapScreeningModule();
            return app;
        });
}
