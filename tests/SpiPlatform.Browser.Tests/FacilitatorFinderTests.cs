using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SpiPlatform.TestKit;
using static Microsoft.Playwright.Assertions;

namespace SpiPlatform.Browser.Tests;

[Collection(BrowserCollection.Collection)]
public sealed class FacilitatorFinderTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static ILocator Names(IPage page) => page.GetByTestId("facilitator").Locator("th");

    [Fact]
    public async Task Choosing_an_area_and_a_language_filters_in_place_and_an_anonymous_visitor_sees_no_email()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/training/facilitators");
        await page.EvaluateAsync("() => { window.finderMarker = 'same page'; }");

        await page.GetByLabel("Area", new() { Exact = true }).SelectOptionAsync("Powys");
        await Expect(page).ToHaveURLAsync(new Regex("[?&]area=Powys"));
        await page.GetByLabel("Language", new() { Exact = true }).SelectOptionAsync("Welsh");

        await Expect(page).ToHaveURLAsync(new Regex("[?&]language=Welsh"));
        await Expect(Names(page)).ToHaveTextAsync(["Sian Powell", "Nia Griffiths", "Rhodri Evans"]);
        Assert.Equal("same page", await page.EvaluateAsync<string?>("() => window.finderMarker ?? null"));
        await Expect(page.Locator("a[href^='mailto:']")).ToHaveCountAsync(0);
        Assert.DoesNotContain("@", await page.GetByTestId("facilitators").InnerTextAsync());
        await Expect(page.GetByText("Sign in to see contact details")).ToBeVisibleAsync();
        await CheckAsync(page);
    }

    [Fact]
    public async Task A_signed_in_reader_sees_contact_details_and_the_form_works_without_javascript()
    {
        var page = await fixture.SignedInPageAsync(StaffLogin.OrganisationEditor, javaScript: false);
        await page.GotoAsync("/training/facilitators");

        await page.GetByLabel("Area", new() { Exact = true }).SelectOptionAsync("Gwynedd");
        await page.GetByLabel("Language", new() { Exact = true }).SelectOptionAsync("Welsh");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();

        await Expect(Names(page)).ToHaveTextAsync(["Elin Roberts", "Nia Griffiths"]);
        await Expect(page.Locator("a[href='mailto:elin.roberts@bcuhb.demo.spi.wales']")).ToBeVisibleAsync();
    }

    private static async Task CheckAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        Assert.True(result.Violations.Length == 0,
            string.Join("\n", result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }
}
