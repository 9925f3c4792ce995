using Recruitment.ServiceDefaults;

namespace Recruitment.Applications;

/// <summary>The process. Tests host it through this type (WebApplicationFactory), one class per service.</summary>
public sealed class Program
{
    public static int Main(string[] args) =>
        RecruitmentHost.Run(args, ApplicationsModule.Name, builder => builder.AddApplicationsModule(), app => app.MapApplicationsModule());
}
