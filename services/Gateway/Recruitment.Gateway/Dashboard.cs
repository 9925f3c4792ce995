using Microsoft.Extensions.FileProviders;

namespace Recruitment.Gateway;

/// <summary>
/// /dashboard: a static page (wwwroot/dashboard) over the API for HR and admins — the funnel of a campaign, time in
/// stage, clearances with the overdue ones first, the pool by division. The page holds no data and no secret: it reads
/// everything from the API with the token of whoever signed in, so the API's roles decide what it shows.
/// </summary>
public static class Dashboard
{
    // Only this origin's scripts, styles and API: nothing injected into the page can call elsewhere.
    private const string ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    public static void Map(WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/dashboard"))
            {
                context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
            }

            await next();
        });
        app.UseStaticFiles();

        // "/dashboard" and "/dashboard/" both match this route; the page's own links are absolute.
        app.MapGet("/dashboard", (IWebHostEnvironment environment) => Page(environment.WebRootFileProvider, "dashboard/index.html"))
            .ExcludeFromDescription();
        app.MapGet("/dashboard/settings.json", (IHostEnvironment environment) => new { developmentTokens = environment.IsDevelopment() })
            .ExcludeFromDescription();
    }

    private static IResult Page(IFileProvider files, string path) =>
        files.GetFileInfo(path) is { Exists: true } page ? Results.Stream(page.CreateReadStream(), "text/html; charset=utf-8") : Results.NotFound();
}
