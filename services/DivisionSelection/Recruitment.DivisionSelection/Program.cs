using Recruitment.ServiceDefaults;

namespace Recruitment.DivisionSelection;

/// <summary>The process. Tests host it through this type (WebApplicationFactory), one class per service.</summary>
public sealed class Program
{
    public static int Main(string[] args) =>
        RecruitmentHost.Run(args, DivisionSelectionModule.Name, builder => builder.AddDivisionSelectionModule(), app => app.MapDivisionSelectionModule());
}
