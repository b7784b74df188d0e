using Microsoft.Playwright;
using SpiPlatform.TestKit;

namespace SpiPlatform.Browser.Tests;

/// <summary>The legal-bases list in a real browser: the programme team adds and retires an entry with htmx; axe finds nothing in either language.</summary>
[Collection(BrowserCollection.Collection)]
public sealed class LegalBasesPageTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => fixture.ResetAsync();

    [Fact]
    public async Task The_programme_team_adds_and_retires_a_basis_with_no_wcag_violations()
    {
        var page = await fixture.SignedInPageAsync(StaffLogin.ProgrammeTeam);
        await page.GotoAsync("/library/legal-bases");
        await AccessibilityTests.CheckAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Add to the list" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("error-summary")).ToContainTextAsync("Enter a code of letters and digits");
        await AccessibilityTests.CheckAsync(page);

        await page.GetByLabel("Code").FillAsync("CareStandardsAct2000");
        await page.GetByLabel("Name in English").FillAsync("Care Standards Act 2000");
        await page.GetByLabel("Name in Welsh").FillAsync("Deddf Safonau Gofal 2000");
        await page.GetByLabel("Group").SelectOptionAsync("StatutoryGateway");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add to the list" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("legal-bases-message")).ToHaveTextAsync("Care Standards Act 2000 is on the list.");
        var row = page.Locator("[data-testid=legal-basis][data-code=CareStandardsAct2000]");
        await Assertions.Expect(row).ToContainTextAsync("Current");

        await row.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(page.GetByTestId("legal-bases-message")).ToContainTextAsync("is retired");
        await Assertions.Expect(row).ToHaveCountAsync(0);
        await AccessibilityTests.CheckAsync(page);

        await page.GotoAsync("/library/legal-bases?retired=true&culture=cy");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Seiliau cyfreithiol");
        await Assertions.Expect(row).ToContainTextAsync("Ymddeolwyd ar");
        await AccessibilityTests.CheckAsync(page);
    }
}
