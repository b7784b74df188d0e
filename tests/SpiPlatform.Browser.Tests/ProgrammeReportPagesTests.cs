using Microsoft.Playwright;
using SpiPlatform.TestKit;

namespace SpiPlatform.Browser.Tests;

/// <summary>The programme reports in a real browser: ask for a month, see it become ready, open it; axe finds nothing in either language.</summary>
[Collection(BrowserCollection.Collection)]
public sealed class ProgrammeReportPagesTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_programme_team_asks_for_a_month_sees_it_ready_and_opens_it_with_no_wcag_violations()
    {
        var page = await fixture.SignedInPageAsync(StaffLogin.ProgrammeTeam);
        await page.GotoAsync("/reports");
        await AccessibilityTests.CheckAsync(page);

        await page.GetByLabel("Month (YYYY-MM)").FillAsync("2011-11");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ask for the report" }).ClickAsync();

        // The job runs in the app's Hangfire server; a running row polls until it is ready (a refresh would show the same).
        await Assertions.Expect(page.GetByTestId("report-2011-11")).ToHaveAttributeAsync("data-state", "Ready", new() { Timeout = 15_000 });
        await AccessibilityTests.CheckAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "2011-11", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Programme report for 2011-11");
        await AccessibilityTests.CheckAsync(page);

        await page.GotoAsync("/reports/2011-11?culture=cy");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "cy");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Adroddiad y rhaglen ar gyfer 2011-11");
        await AccessibilityTests.CheckAsync(page);
        await page.GotoAsync("/reports?culture=cy");
        await AccessibilityTests.CheckAsync(page);
    }
}
