using Microsoft.Playwright;
using SpiPlatform.TestKit;

namespace SpiPlatform.Browser.Tests;

/// <summary>The thesaurus in a real browser: the programme team adds a Welsh term and removes it with htmx; axe finds nothing in either language.</summary>
[Collection(BrowserCollection.Collection)]
public sealed class ThesaurusPageTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => fixture.ResetAsync();

    [Fact]
    public async Task The_programme_team_adds_and_removes_a_term_with_no_wcag_violations()
    {
        var page = await fixture.SignedInPageAsync(StaffLogin.ProgrammeTeam);
        await page.GotoAsync("/library/thesaurus");
        await AccessibilityTests.CheckAsync(page);
        var earlyYears = page.Locator("[data-testid=concept][data-concept=early-years]");
        // Survives only if htmx swaps the panel rather than the browser loading a new page.
        await page.EvaluateAsync("() => window.stillThisPage = true");

        await earlyYears.GetByLabel("Add a term to early-years").FillAsync("childcare");
        await earlyYears.GetByRole(AriaRole.Button, new() { Name = "Add the term" }).ClickAsync();
        await Assertions.Expect(earlyYears.GetByTestId("error-summary")).ToContainTextAsync("“childcare” is already a term of early-years.");
        await AccessibilityTests.CheckAsync(page);

        await earlyYears.GetByLabel("Add a term to early-years").FillAsync("cylch meithrin");
        await earlyYears.GetByRole(AriaRole.Button, new() { Name = "Add the term" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("thesaurus-message")).ToHaveTextAsync("“cylch meithrin” is now searched for with early-years.");
        var term = earlyYears.Locator("[data-testid=term][data-term='cylch meithrin']");
        await Assertions.Expect(term).ToHaveCountAsync(1);
        await Assertions.Expect(earlyYears.GetByTestId("error-summary")).ToHaveCountAsync(0);

        await term.GetByRole(AriaRole.Button, new() { Name = "Remove cylch meithrin" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("thesaurus-message")).ToHaveTextAsync("“cylch meithrin” is no longer searched for with early-years.");
        await Assertions.Expect(term).ToHaveCountAsync(0);
        Assert.True(await page.EvaluateAsync<bool>("() => window.stillThisPage === true"));
        await AccessibilityTests.CheckAsync(page);

        await page.GotoAsync("/library/thesaurus?culture=cy");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Thesawrws");
        await Assertions.Expect(earlyYears.GetByLabel("Ychwanegu term at early-years")).ToBeVisibleAsync();
        await AccessibilityTests.CheckAsync(page);
    }
}
