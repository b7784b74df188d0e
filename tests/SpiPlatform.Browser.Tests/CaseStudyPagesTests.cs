using System.Text.RegularExpressions;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SpiPlatform.TestKit;
using static Microsoft.Playwright.Assertions;

namespace SpiPlatform.Browser.Tests;

[Collection(BrowserCollection.Collection)]
public sealed class CaseStudyPagesTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_visitor_opens_a_case_study_from_the_list_reads_its_live_figures_and_switches_to_welsh()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = "Case studies", Exact = true }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/case-studies$"));
        await Expect(page.GetByTestId("case-study")).ToHaveCountAsync(6);
        await CheckAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Hafan Lles Integrated Health and Social Care Service" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/case-studies/hafan-lles$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Hafan Lles Integrated Health and Social Care Service");
        var figures = page.GetByRole(AriaRole.Complementary, new() { Name = "The agreement today" });
        await Expect(figures.GetByTestId("partner-organisations")).ToHaveTextAsync("31");
        await Expect(figures.GetByTestId("status")).ToHaveTextAsync("Live");
        await CheckAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Cymraeg" }).ClickAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "cy");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Gwasanaeth Iechyd a Gofal Cymdeithasol Integredig Hafan Lles");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Cefndir" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Complementary, new() { Name = "Y cytundeb heddiw" }).GetByTestId("status")).ToHaveTextAsync("Ar waith");
        await CheckAsync(page);

        // The figures link to the agreement in the library, which a visitor may open.
        await page.GetByTestId("library-link").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/library/ISP-2011-0003$"));
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
