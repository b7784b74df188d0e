using Microsoft.Playwright;
using SpiPlatform.TestKit;
using static Microsoft.Playwright.Assertions;

namespace SpiPlatform.Browser.Tests;

/// <summary>The information flow map (ADR 0017) in a real browser: accessible on the agreement page, live in the editor.</summary>
[Collection(BrowserCollection.Collection)]
public sealed class FlowMapTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_map_passes_axe_on_the_agreement_page_and_gains_an_arrow_when_a_row_is_added_in_the_editor()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var source = await GraphQLClient.PostAsync(editor, "{ agreement(reference: \"ISP-2011-0001\") { id } }");
        var derived = await GraphQLClient.PostAsync(editor, "mutation($id: ID!) { deriveAgreement(agreementId: $id) { reference } }",
            variables: new { id = source.Data.GetProperty("agreement").GetProperty("id").GetString() });
        var reference = derived.Data.GetProperty("deriveAgreement").GetProperty("reference").GetString();
        var page = await fixture.SignedInPageAsync(StaffLogin.OrganisationEditor);

        await page.GotoAsync("/library/ISP-2012-0001");
        var map = page.GetByRole(AriaRole.Img, new() { Name = "Information flow map" });
        await Expect(map).ToBeVisibleAsync();
        await Expect(page.Locator("[data-testid=flow-map] .flow-map-arrow")).ToHaveCountAsync(11);
        await AccessibilityTests.CheckAsync(page);

        await page.GotoAsync($"/library/{reference}/flows");
        var arrows = page.Locator("[data-testid=flow-map] .flow-map-arrow");
        var before = await arrows.CountAsync();
        await page.EvaluateAsync("window.__marker = 'same page'");
        var form = page.GetByTestId("add-flow");
        await form.GetByLabel("Stage", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Closure" });
        await form.GetByLabel("From", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Aneurin Bevan Health Board" });
        await form.GetByLabel("To", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Torfaen County Borough Council" });
        await form.GetByLabel("Child development").CheckAsync();
        await form.GetByRole(AriaRole.Button, new() { Name = "Add flow" }).ClickAsync();

        await Expect(arrows).ToHaveCountAsync(before + 1);
        await Expect(page.Locator("[data-testid=flow-map] .flow-map-arrow[data-stage=Closure] title").Last).ToHaveTextAsync(
            new System.Text.RegularExpressions.Regex("^Closure: from Aneurin Bevan Health Board to Torfaen County Borough Council\\. Child development\\."));
        Assert.Equal("same page", await page.EvaluateAsync<string>("window.__marker"));
    }
}
