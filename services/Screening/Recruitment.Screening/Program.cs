using Recruitment.ServiceDefaults;

namespace Recruitment.Screening;

/// <summary>The process. Tests host it through this type (WebApplicationFactory), one class per service.</summary>
public sealed class Program
{
    public static int Main(string[] args) =>
        RecruitmentHost.Run(args, ScreeningModule.Name, builder => builder.AddScreeningModule(), app => app.MapScreeningModule());
}
