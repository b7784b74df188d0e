using Microsoft.Playwright;
using SpiPlatform.TestKit;
using static Microsoft.Playwright.Assertions;

namespace SpiPlatform.Browser.Tests;

/// <summary>The step-by-step draft editor: basics → partners → data and legal basis → flows → review and submit.</summary>
[Collection(BrowserCollection.Collection)]
public sealed class DraftEditorTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(IPage Page, string Reference)> DraftAsync(string source = "ISP-2011-0001")
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var found = await GraphQLClient.PostAsync(editor, "query($r: String) { agreement(reference: $r) { id } }", variables: new { r = source });
        var derived = await GraphQLClient.PostAsync(editor, "mutation($id: ID!) { deriveAgreement(agreementId: $id) { reference } }",
            variables: new { id = found.Data.GetProperty("agreement").GetProperty("id").GetString() });
        var page = await fixture.SignedInPageAsync(StaffLogin.OrganisationEditor);
        return (page, derived.Data.GetProperty("deriveAgreement").GetProperty("reference").GetString()!);
    }

    [Fact]
    public async Task A_partner_walks_through_every_step_and_submits_the_draft_for_quality_assurance()
    {
        var (page, reference) = await DraftAsync();
        await page.GotoAsync($"/library/{reference}");
        await page.GetByTestId("edit-draft").ClickAsync();

        await page.GetByLabel("Title in English").FillAsync("Flying Start Blaenavon Information Sharing Protocol");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Partners");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Data and legal basis");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Information flows");
        await page.GetByRole(AriaRole.Link, new() { Name = "Continue to review" }).ClickAsync();
        await Expect(page.GetByTestId("draft-summary")).ToContainTextAsync("Flying Start Blaenavon Information Sharing Protocol");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for quality assurance" }).ClickAsync();

        await Expect(page.GetByTestId("status")).ToHaveTextAsync("In quality assurance");
    }

    [Fact]
    public async Task Removing_a_partner_that_still_has_flows_is_explained_and_nothing_is_lost()
    {
        var (page, reference) = await DraftAsync();
        await page.GotoAsync($"/library/{reference}/edit/partners");

        await HealthBoard(page).UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();

        await Expect(page.GetByTestId("error-summary")).ToContainTextAsync("still has information flows");
        await page.GotoAsync($"/library/{reference}/edit/partners");
        await Expect(HealthBoard(page)).ToBeCheckedAsync();
    }

    private static ILocator HealthBoard(IPage page)
        => page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^Aneurin Bevan Health Board \(") });
}
