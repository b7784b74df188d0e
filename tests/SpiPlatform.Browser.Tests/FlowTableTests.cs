using Microsoft.Playwright;
using SpiPlatform.TestKit;
using static Microsoft.Playwright.Assertions;

namespace SpiPlatform.Browser.Tests;

/// <summary>The Information Flow Reference Table of a draft, edited inline (the case studies found the old template over-engineered).</summary>
[Collection(BrowserCollection.Collection)]
public sealed class FlowTableTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<string> DraftFromFlyingStartAsync()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var source = await GraphQLClient.PostAsync(editor, "{ agreement(reference: \"ISP-2011-0001\") { id } }");
        var derived = await GraphQLClient.PostAsync(editor, "mutation($id: ID!) { deriveAgreement(agreementId: $id) { reference } }",
            variables: new { id = source.Data.GetProperty("agreement").GetProperty("id").GetString() });
        return derived.Data.GetProperty("deriveAgreement").GetProperty("reference").GetString()!;
    }

    [Fact]
    public async Task A_flow_is_added_and_removed_in_place_without_reloading_the_page()
    {
        var reference = await DraftFromFlyingStartAsync();
        var page = await fixture.SignedInPageAsync(StaffLogin.OrganisationEditor);
        await page.GotoAsync($"/library/{reference}/flows");
        var rows = page.GetByTestId("flow-row");
        var before = await rows.CountAsync();
        await page.EvaluateAsync("window.__marker = 'same page'");

        var form = page.GetByTestId("add-flow");
        await form.GetByLabel("Stage", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Review" });
        await form.GetByLabel("From", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Aneurin Bevan Health Board" });
        await form.GetByLabel("To", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Torfaen County Borough Council" });
        await form.GetByLabel("Child development").CheckAsync();
        await form.GetByLabel("How", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "At a meeting" });
        await form.GetByLabel("When or how often").FillAsync("Every six months");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add flow" }).ClickAsync();

        await Expect(rows).ToHaveCountAsync(before + 1);
        await Expect(rows.Last).ToContainTextAsync("Every six months");
        await rows.Last.GetByRole(AriaRole.Button).ClickAsync();
        await Expect(rows).ToHaveCountAsync(before);
        Assert.Equal("same page", await page.EvaluateAsync<string>("window.__marker"));
    }

    [Fact]
    public async Task A_flow_gets_its_legal_bases_when_added_and_changes_them_in_its_row_with_no_wcag_violations()
    {
        var reference = await DraftFromFlyingStartAsync();
        var page = await fixture.SignedInPageAsync(StaffLogin.OrganisationEditor);
        await page.GotoAsync($"/library/{reference}/flows");
        var rows = page.GetByTestId("flow-row");
        var before = await rows.CountAsync();

        var form = page.GetByTestId("add-flow");
        await form.GetByLabel("From", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Aneurin Bevan Health Board" });
        await form.GetByLabel("To", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Torfaen County Borough Council" });
        await form.GetByLabel("Child development").CheckAsync();
        await form.GetByLabel("UK GDPR Article 6(1)(e): public task").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Add flow" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(before + 1);
        await Expect(rows.Last).ToContainTextAsync("UK GDPR Article 6(1)(e): public task");

        await rows.Last.Locator("summary").ClickAsync();
        await AccessibilityTests.CheckAsync(page);
        await rows.Last.GetByLabel("UK GDPR Article 9(2)(h): health or social care").CheckAsync();
        await rows.Last.GetByRole(AriaRole.Button, new() { Name = "Save legal basis" }).ClickAsync();

        await Expect(rows.Last).ToContainTextAsync("UK GDPR Article 6(1)(e): public task; UK GDPR Article 9(2)(h): health or social care");
        await AccessibilityTests.CheckAsync(page);
    }

    [Fact]
    public async Task A_flow_from_a_partner_to_itself_is_explained_and_the_table_is_unchanged()
    {
        var reference = await DraftFromFlyingStartAsync();
        var page = await fixture.SignedInPageAsync(StaffLogin.OrganisationEditor);
        await page.GotoAsync($"/library/{reference}/flows");
        var before = await page.GetByTestId("flow-row").CountAsync();

        var form = page.GetByTestId("add-flow");
        await form.GetByLabel("From", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Torfaen County Borough Council" });
        await form.GetByLabel("To", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Torfaen County Borough Council" });
        await form.GetByRole(AriaRole.Button, new() { Name = "Add flow" }).ClickAsync();

        await Expect(page.GetByTestId("error-summary")).ToContainTextAsync("A flow goes from one partner to a different one.");
        await Expect(page.GetByTestId("error-summary")).ToContainTextAsync("Choose at least one kind of information");
        await Expect(page.GetByTestId("flow-row")).ToHaveCountAsync(before);
    }

    [Fact]
    public async Task Without_javascript_adding_a_flow_posts_and_the_page_shows_it()
    {
        var reference = await DraftFromFlyingStartAsync();
        var page = await fixture.SignedInPageAsync(StaffLogin.OrganisationEditor, javaScript: false);
        await page.GotoAsync($"/library/{reference}/flows");
        var before = await page.GetByTestId("flow-row").CountAsync();

        var form = page.GetByTestId("add-flow");
        await form.GetByLabel("From", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Aneurin Bevan Health Board" });
        await form.GetByLabel("To", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Torfaen County Borough Council" });
        await form.GetByLabel("Demographic details").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Add flow" }).ClickAsync();

        await Expect(page.GetByTestId("flow-row")).ToHaveCountAsync(before + 1);
    }
}
