using Recruitment.ServiceDefaults;

namespace Recruitment.DivisionSelection;

/// <summary>The process. Tests host it through this type (WebApplicationFactory), one class per service.</summary>
public sealed class Program
{
    public static int Main(string[] args) =>
        RecruitmentHost.Run(args, builder =>
        {
            builder.AddServiceDefaults(DivisionSelectionModule.Name);
            builder.AddDivisionSelectionModule();

            var app = builder.Build();
            app.MapDefaultEndpoints();
            app.MapDivisionSelectionModule();
            return app;
        });
}
