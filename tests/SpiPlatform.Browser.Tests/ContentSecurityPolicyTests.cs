using Microsoft.Playwright;
using SpiPlatform.TestKit;

namespace SpiPlatform.Browser.Tests;

/// <summary>
/// The main pages run under the Content-Security-Policy (no inline script or style, no eval) without the browser
/// blocking anything: no <c>securitypolicyviolation</c> event and no CSP message on the console, including what htmx
/// swaps in and the print view.
/// </summary>
[Collection(BrowserCollection.Collection)]
public sealed class ContentSecurityPolicyTests(BrowserFixture fixture)
{
    private const string LiveAgreement = "/library/ISP-2012-0001";

    public static TheoryData<string?, string> MainPages => new()
    {
        { null, "/" },
        { null, "/library" },
        { null, LiveAgreement },
        { null, "/signatories" },
        { null, "/account/login" },
        { null, "/account/create" },
        { null, "/training" },
        { null, "/training/calendar" },
        { null, "/case-studies" },
        { null, "/signatories?culture=cy" },
        { null, LiveAgreement + "?culture=cy" },
        { StaffLogin.OrganisationEditor, "/signatories/join" },
        { StaffLogin.QaReviewer, "/qa" },
        { StaffLogin.QaReviewer, "/my-work" },
        { StaffLogin.Evaluator, "/dashboard" },
        { StaffLogin.ProgrammeTeam, "/reports" },
        { StaffLogin.ProgrammeTeam, "/notifications" },
    };

    [Theory]
    [MemberData(nameof(MainPages))]
    public async Task A_main_page_breaks_no_rule_of_the_policy(string? email, string path)
    {
        var (page, violations) = await WatchedPageAsync(email);

        var response = await page.GotoAsync(path);
        Assert.True(response!.Ok, $"{path}: {response.Status}");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(await AllAsync(page, violations));
    }

    [Fact]
    public async Task The_agreement_page_printed_breaks_no_rule()
    {
        var (page, violations) = await WatchedPageAsync(null);
        await page.GotoAsync(LiveAgreement);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Empty(await AllAsync(page, violations));
    }

    [Fact]
    public async Task What_htmx_swaps_into_the_library_and_the_dashboard_breaks_no_rule()
    {
        var (library, violations) = await WatchedPageAsync(null);
        await library.GotoAsync("/library");
        var swapped = library.WaitForResponseAsync(r => r.Url.Contains("/library", StringComparison.Ordinal) && r.Request.Headers.ContainsKey("hx-request"));
        await library.Locator("#q").FillAsync("health");
        await swapped;
        await library.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Empty(await AllAsync(library, violations));

        var (dashboard, dashboardViolations) = await WatchedPageAsync(StaffLogin.Evaluator);
        await dashboard.GotoAsync("/dashboard");
        var panels = dashboard.WaitForResponseAsync(r => r.Url.Contains("/dashboard", StringComparison.Ordinal) && r.Request.Headers.ContainsKey("hx-request"));
        await dashboard.Locator("#sector").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await panels;
        await dashboard.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Empty(await AllAsync(dashboard, dashboardViolations));
    }

    [Fact]
    public async Task GraphiQL_runs_a_query_under_its_policy()
    {
        var (page, violations) = await WatchedPageAsync(null);
        await page.GotoAsync("/graphql/ui");
        await page.Locator(".graphiql-execute-button").ClickAsync();
        await Assertions.Expect(page.Locator(".result-window")).ToContainTextAsync("\"version\"");

        Assert.Empty(await AllAsync(page, violations));
    }

    [Fact]
    public async Task The_watcher_sees_an_inline_style_the_policy_blocks()
    {
        var (page, violations) = await WatchedPageAsync(null);
        await page.GotoAsync("/");
        await page.EvaluateAsync("() => { const s = document.createElement('style'); s.textContent = 'body { color: red; }'; document.head.appendChild(s); }");

        await Assertions.Expect(page.Locator("body")).Not.ToHaveCSSAsync("color", "rgb(255, 0, 0)");
        var seen = await PollAsync(page, violations);
        Assert.Contains(seen, v => v.Contains("style-src", StringComparison.Ordinal));
    }

    private static async Task<List<string>> PollAsync(IPage page, List<string> console)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        List<string> seen;
        while ((seen = await AllAsync(page, console)).Count == 0 && DateTime.UtcNow < deadline)
        {
            await page.WaitForTimeoutAsync(50);
        }
        return seen;
    }

    /// <summary>A page whose CSP console messages are collected, and which records every violation event in the page.</summary>
    private async Task<(IPage Page, List<string> Console)> WatchedPageAsync(string? email)
    {
        var page = email is null ? await fixture.NewPageAsync() : await fixture.SignedInPageAsync(email);
        var console = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                console.Add($"console: {message.Text}");
            }
        };
        // Injected by the browser driver, so the policy under test does not block the watcher itself.
        await page.AddInitScriptAsync("""
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', e =>
              window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || e.documentURI}:${e.lineNumber}`));
            """);
        return (page, console);
    }

    private static async Task<List<string>> AllAsync(IPage page, List<string> console)
    {
        var events = await page.EvaluateAsync<string[]>("() => window.__cspViolations || []");
        return [.. console, .. events.Select(e => $"event: {e}")];
    }
}
