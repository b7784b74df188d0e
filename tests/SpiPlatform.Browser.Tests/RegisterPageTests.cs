using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SpiPlatform.TestKit;

namespace SpiPlatform.Browser.Tests;

[Collection(BrowserCollection.Collection)]
public sealed partial class RegisterPageTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Typing_a_misspelt_name_updates_the_results_and_the_address_without_a_page_load()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/signatories");
        await MarkPageAsync(page);

        await page.GetByLabel("Search by name").PressSequentiallyAsync("anuerin bevan", new() { Delay = 40 });

        await Assertions.Expect(page).ToHaveURLAsync(SearchedUrl());
        await Assertions.Expect(FirstResult(page)).ToHaveTextAsync("Aneurin Bevan Health Board");
        await Assertions.Expect(page.GetByTestId("result-count")).ToHaveTextAsync(OrganisationCount());
        await Assertions.Expect(page.GetByTestId("csv-link")).ToHaveAttributeAsync("href", new Regex("register\\.csv\\?q=anuerin"));
        Assert.True(await IsSamePageAsync(page));
    }

    [Fact]
    public async Task Ticking_a_sector_filters_the_results_in_place()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/signatories");
        await MarkPageAsync(page);

        await page.GetByLabel("Police", new() { Exact = true }).CheckAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]sector=Police"));
        await Assertions.Expect(SectorCells(page)).ToHaveTextAsync(["Police", "Police", "Police"]);
        await Assertions.Expect(page.GetByTestId("result-count")).ToHaveTextAsync("3 organisations");
        Assert.True(await IsSamePageAsync(page));
    }

    [Fact]
    public async Task Without_javascript_the_form_searches_and_filters_when_submitted()
    {
        var page = await fixture.NewPageAsync(javaScript: false);
        await page.GotoAsync("/signatories");

        await page.GetByLabel("Search by name").FillAsync("anuerin bevan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show results" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(SearchedUrl());
        await Assertions.Expect(FirstResult(page)).ToHaveTextAsync("Aneurin Bevan Health Board");

        await page.GetByLabel("Search by name").FillAsync("");
        await page.GetByLabel("Police", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Show results" }).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("[?&]sector=Police"));
        await Assertions.Expect(SectorCells(page)).ToHaveTextAsync(["Police", "Police", "Police"]);
        await Assertions.Expect(page.GetByLabel("Police", new() { Exact = true })).ToBeCheckedAsync();
    }

    [Fact]
    public async Task Opening_an_organisation_from_the_results_shows_its_signature_history()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/signatories");
        await page.GetByLabel("Search by name").PressSequentiallyAsync("anuerin bevan", new() { Delay = 40 });
        await Assertions.Expect(FirstResult(page)).ToHaveTextAsync("Aneurin Bevan Health Board");

        await FirstResult(page).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Aneurin Bevan Health Board");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Signature history" })).ToBeVisibleAsync();
        var history = page.GetByRole(AriaRole.Table, new() { Name = "Accord signatures, newest first" });
        await Assertions.Expect(history.Locator("tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(history).ToContainTextAsync("Gareth Price");
        await Assertions.Expect(history).ToContainTextAsync("Active");

        await page.GoBackAsync();
        await Assertions.Expect(FirstResult(page)).ToHaveTextAsync("Aneurin Bevan Health Board");
    }

    private static ILocator FirstResult(IPage page) => page.GetByTestId("register-results").Locator("tbody tr td:first-child a").First;

    private static ILocator SectorCells(IPage page) => page.GetByTestId("register-results").Locator("tbody tr td:nth-child(2)");

    // A full page load would throw this marker away; an htmx swap keeps it.
    private static Task MarkPageAsync(IPage page) => page.EvaluateAsync("() => { window.registerMarker = 'same page'; }");

    private static async Task<bool> IsSamePageAsync(IPage page) => await page.EvaluateAsync<string?>("() => window.registerMarker ?? null") == "same page";

    [GeneratedRegex(@"/signatories\?(.*&)?q=anuerin(\+|%20)bevan")]
    private static partial Regex SearchedUrl();

    [GeneratedRegex(@"^\d+ organisations?$")]
    private static partial Regex OrganisationCount();
}
