using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Recruitment.EndToEnd.Tests.Divisions;
using Recruitment.Testing;

namespace Recruitment.EndToEnd.Tests.Dashboard;

/// <summary>
/// /dashboard in a real headless browser (Debian's Chromium, driven by Playwright): sign in with a development token
/// as HR, open a campaign, and read the figures the page shows against the analytics API — on a laptop's screen and on
/// a phone's, where nothing may need scrolling sideways.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed partial class DashboardTests(SystemFixture system)
{
    private const string Campaign = "2025-dash";

    [Fact]
    public async Task HR_signs_in_and_reads_the_funnel_time_in_stage_clearances_and_pools_of_a_campaign()
    {
        await Seed();
        using var hr = await system.Client().As("hr", "hr@example.org");
        var api = await Eventually.Get(() => hr.Get($"/api/analytics/campaigns/{Campaign}"),
            f => FunnelJson.Total(f, "shortlisted") == 1 && FunnelJson.Total(f, "forwarded") == 2, "the funnel to count the shortlisting");

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });

        foreach (var (screen, width, height) in new[] { ("laptop", 1366, 900), ("phone", 390, 844) })
        {
            var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height } });
            var errors = new List<string>();
            page.PageError += (_, error) => errors.Add(error);

            // Not signed in: the dashboard sends the visitor to the sign-in page, which offers a development token here.
            await page.GotoAsync(new Uri(system.Gateway.Address, "/dashboard").ToString());
            // Each wait is for the address only (commit): what the page shows is waited for by the locators below. The
            // dashboard writes the campaign it shows into its address (?campaign=...), which may happen before the wait
            // looks, so the address is the dashboard's with or without a query.
            await page.WaitForURLAsync("**/dashboard/sign-in.html", new() { WaitUntil = WaitUntilState.Commit });
            await page.SelectOptionAsync("#dev-role", "hr");
            await page.ClickAsync("#dev-sign-in");
            await page.WaitForURLAsync(DashboardAddress(), new() { WaitUntil = WaitUntilState.Commit });
            await page.SelectOptionAsync("#campaign", Campaign);
            // A locator's wait, not a predicate to evaluate: the page's content security policy refuses eval.
            await page.Locator("#funnel-campaign", new() { HasTextString = Campaign }).WaitForAsync();
            await page.Locator("#status", new() { HasTextString = $"Campaign {Campaign}," }).WaitForAsync();

            Assert.Equal(FunnelJson.Total(api, "submitted").ToString(), await Text(page, "[data-stage=submitted]"));
            Assert.Equal("4", await Text(page, "[data-stage=submitted]"));
            Assert.Equal("1", await Text(page, "[data-stage=ineligible]"));
            Assert.Equal("2", await Text(page, "[data-stage=forwarded]"));
            Assert.Equal("1", await Text(page, "[data-stage=shortlisted]"));
            Assert.Equal("1", await Text(page, "[data-rule=R6]"));
            Assert.Equal("2", await Text(page, "[data-time='eligible>forwarded']"));
            Assert.Equal("13.0 d", await Text(page, "[data-median='eligible>forwarded']"));
            Assert.Equal("1", await Text(page, "[data-division=OPS]"));
            Assert.Equal("1", await Text(page, "[data-division=PASP]"));
            Assert.Equal("0", await Text(page, "[data-clearance=clearance-overdue]"));
            Assert.Contains("hr@recruitment.example", await Text(page, "#who"), StringComparison.Ordinal);

            // The charts drew something, and the page fits the screen's width.
            Assert.True(await page.EvaluateAsync<bool>("() => Chart.getChart('funnel-chart').data.datasets[0].data.length === 16"));
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"The {screen} screen scrolls sideways.");
            Assert.Empty(errors);
            await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, $"dashboard-{screen}.png"), FullPage = true });
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task A_token_without_the_hr_or_admin_role_reads_no_figures()
    {
        using var staff = await PoolSteps.Staff(system, "OPS");
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.Http.GetAsync("/api/analytics/campaigns")).StatusCode);
        using var anonymous = system.Client();
        var page = await anonymous.Http.GetAsync("/dashboard");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'",
            Assert.Single(page.Headers.GetValues("Content-Security-Policy")));
    }

    /// <summary>Four candidates: one too young (R6), one who never sends documents, two forwarded (OPS, PASP), one shortlisted.</summary>
    private async Task Seed()
    {
        system.Clock.Set(PoolSteps.BeforeDeadline);
        using var hr = await system.Client().As("hr", "hr@example.org");
        var ops = await hr.PublishVacancy(campaign: Campaign);
        var pasp = SampleVacancies.NewId();
        Assert.Equal(HttpStatusCode.Created, (await hr.Post("/api/vacancies", SampleVacancies.Body(pasp, Campaign, division: "PASP"))).StatusCode);

        var forwarded = new List<Guid>();
        foreach (var (vacancy, birth, verified) in new[] { (ops, "2003-01-15", true), (pasp, "2003-01-15", true), (ops, "2015-01-01", false), (pasp, "2003-01-15", false) })
        {
            using var applicant = await system.Client().As("applicant", $"{Guid.NewGuid():N}@example.org");
            var id = await applicant.Apply(vacancy, dateOfBirth: birth);
            if (verified)
            {
                await hr.VerifyDocuments(id);
                forwarded.Add(id);
            }
        }

        system.Clock.Set(PoolSteps.AfterDeadline);
        using var staff = await PoolSteps.Staff(system, "OPS");
        await Eventually.True(async () => (await staff.Get($"/api/divisions/OPS/pool?campaign={Campaign}")).GetArrayLength() == 2, "both to join the pool");
        Assert.Equal(HttpStatusCode.OK, (await staff.Post("/api/divisions/OPS/shortlist", new { applicationId = forwarded[0] })).StatusCode);
    }

    private static string Chromium => Environment.GetEnvironmentVariable("RECRUITMENT_CHROMIUM") is { Length: > 0 } path ? path
        : File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium"
        : throw new InvalidOperationException("No Chromium: install Debian's chromium package (.ci/run does) or set RECRUITMENT_CHROMIUM.");

    private static async Task<string> Text(IPage page, string selector) => (await page.Locator(selector).TextContentAsync() ?? "").Trim();

    [GeneratedRegex(@"/dashboard/(\?.*)?$")]
    private static partial Regex DashboardAddress();
}
