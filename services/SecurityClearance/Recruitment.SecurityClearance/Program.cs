using Recruitment.ServiceDefaults;

namespace Recruitment.SecurityClearance;

/// <summary>The process. Tests host it through this type (WebApplicationFactory), one class per service.</summary>
public sealed class Program
{
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceDefaults(SecurityClearanceModule.Name);
        builder.AddSecurityClearanceModule();

        var app = builder.Build();
        app.MapDefaultEndpoints();
        app.MapSecurityClearanceModule();
        app.Run();
    }
}
