using Recruitment.ServiceDefaults;

namespace Recruitment.SecurityClearance;

/// <summary>The process. Tests host it through this type (WebApplicationFactory), one class per service.</summary>
public sealed class Program
{
    public static int Main(string[] args) =>
        RecruitmentHost.Run(args, SecurityClearanceModule.Name, builder => builder.AddSecurityClearanceModule(), app => app.MapSecurityClearanceModule());
}
