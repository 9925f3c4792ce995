using Microsoft.AspNetCore.Builder;

namespace Recruitment.ServiceDefaults;

/// <summary>How every process starts: build, then run; a missing setting is one line on stderr, not a stack trace.</summary>
public static class RecruitmentHost
{
    public const int ConfigurationError = 78;

    public static int Run(string[] args, Func<WebApplicationBuilder, WebApplication> build)
    {
        WebApplication app;
        try
        {
            app = build(WebApplication.CreateBuilder(args));
        }
        catch (StartupConfigurationException exception)
        {
            Console.Error.WriteLine($"Cannot start: {exception.Message}");
            return ConfigurationError;
        }

        app.Run();
        return 0;
    }
}
