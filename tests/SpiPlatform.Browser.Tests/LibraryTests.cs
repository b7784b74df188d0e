using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SpiPlatform.TestKit;
using static Microsoft.Playwright.Assertions;

namespace SpiPlatform.Browser.Tests;

/// <summary>A partner finds the nearest existing ISP in the library and starts a draft from it.</summary>
[Collection(BrowserCollection.Collection)]
public sealed partial class LibraryTests(BrowserFixture fixture) : IAsyncLifetime
{
    private const string FlyingStart = "ISP-2011-0001";

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_organisation_editor_finds_Flying_Start_as_they_type_and_starts_a_draft_from_it()
    {
        var page = await fixture.SignedInPageAsync(StaffLogin.OrganisationEditor);
        await page.GotoAsync("/library");
        await Expect(page.Locator("h1")).ToHaveTextAsync("ISP library");
        await page.EvaluateAsync("() => { window.libraryMarker = 'same page'; }");

        await page.GetByLabel("Search the library").PressSequentiallyAsync("flying start", new() { Delay = 40 });

        await Expect(page).ToHaveURLAsync(SearchedUrl());
        await Expect(FirstResult(page).GetByTestId("reference")).ToHaveTextAsync(FlyingStart);
        await Expect(page.GetByTestId("result-count")).ToHaveTextAsync(AgreementCount());
        Assert.Equal("same page", await page.EvaluateAsync<string?>("() => window.libraryMarker ?? null"));

        await FirstResult(page).GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Flying Start Torfaen Information Sharing Protocol");
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Information flows by stage: who shares what with whom, how and how often" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Start a draft from this" }).ClickAsync();

        await Expect(page.GetByTestId("derived-from")).ToContainTextAsync($"Started from {FlyingStart}");
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("Draft");
        var reference = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        Assert.Matches(@"^ISP-\d{4}-\d{4}$", reference);

        await page.GetByTestId("edit-flows").ClickAsync();
        var rows = page.GetByTestId("flow-row");
        var before = await rows.CountAsync();
        var form = page.GetByTestId("add-flow");
        await form.GetByLabel("From", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Aneurin Bevan Health Board" });
        await form.GetByLabel("To", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Torfaen County Borough Council" });
        await form.GetByLabel("Child development").CheckAsync();
        await form.GetByLabel("When or how often").FillAsync("When a child turns two");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add flow" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(before + 1);
        await Expect(rows.Last).ToContainTextAsync("When a child turns two");

        await page.GotoAsync("/library/drafts");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = reference, Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Without_javascript_the_search_form_works_when_submitted()
    {
        var page = await fixture.NewPageAsync(javaScript: false);
        await page.GotoAsync("/library");

        await page.GetByLabel("Search the library").FillAsync("flying start");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show results" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(SearchedUrl());
        await Expect(FirstResult(page).GetByTestId("reference")).ToHaveTextAsync(FlyingStart);
        await Expect(page.GetByLabel("Search the library")).ToHaveValueAsync("flying start");
    }

    private static ILocator FirstResult(IPage page) => page.GetByTestId("library-result").First;

    [GeneratedRegex(@"/library\?(.*&)?q=flying(\+|%20)start")]
    private static partial Regex SearchedUrl();

    [GeneratedRegex(@"^\d+ agreements?$")]
    private static partial Regex AgreementCount();
}
