using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Recruitment.ServiceDefaults;

/// <summary>
/// How every process starts: the service defaults and its own module, then the default endpoints and its own. A
/// missing setting is one line on stderr, not a stack trace.
/// </summary>
public static class RecruitmentHost
{
    public const int ConfigurationError = 78;

    public static int Run(string[] args, string serviceName, Action<IHostApplicationBuilder> addModule, Action<WebApplication> mapModule)
    {
        WebApplication app;
        try
        {
            var builder = WebApplication.CreateBuilder(args);
            builder.AddServiceDefaults(serviceName);
            addModule(builder);
            app = builder.Build();
        }
        catch (StartupConfigurationException exception)
        {
            Console.Error.WriteLine($"Cannot start: {exception.Message}");
            return ConfigurationError;
        }

        app.MapDefaultEndpoints();
        mapModule(app);
        app.Run();
        return 0;
    }
}
