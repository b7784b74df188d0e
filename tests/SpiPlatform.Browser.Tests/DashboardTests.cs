using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SpiPlatform.TestKit;

namespace SpiPlatform.Browser.Tests;

/// <summary>The programme dashboard in a real browser: one filter change swaps every panel and the address; the charts' tables are the metrics query's numbers; axe finds nothing in either language.</summary>
[Collection(BrowserCollection.Collection)]
public sealed partial class DashboardTests(BrowserFixture fixture)
{
    private const string Period = "from=2010-06&to=2012-12";
    private static readonly string[] Panels = ["panel-tiles", "panel-adoption", "panel-status", "panel-service-area", "panel-turnaround", "panel-areas"];

    [Fact]
    public async Task Changing_a_filter_updates_every_panel_and_the_address_and_the_chart_tables_hold_the_metrics_query_numbers()
    {
        var page = await fixture.SignedInPageAsync(StaffLogin.Evaluator);
        await page.GotoAsync($"/dashboard?{Period}");
        await page.EvaluateAsync("() => { window.dashboardMarker = 'same page'; }");
        var before = await page.GetByTestId("tile-active-signatories").Locator(".tile-value").TextContentAsync();

        await page.GetByLabel("Sector", new() { Exact = true }).SelectOptionAsync("Police");

        await Assertions.Expect(page).ToHaveURLAsync(PoliceUrl());
        foreach (var panel in Panels)
        {
            await Assertions.Expect(page.GetByTestId(panel)).ToHaveAttributeAsync("data-filter", $"?{Period}&sector=Police");
        }
        Assert.Equal("same page", await page.EvaluateAsync<string?>("() => window.dashboardMarker ?? null"));
        Assert.NotEqual(before, await page.GetByTestId("tile-active-signatories").Locator(".tile-value").TextContentAsync());
        await Assertions.Expect(page.GetByTestId("dashboard-status")).ToContainTextAsync("2012");

        // The charts' data tables hold the numbers the GraphQL metrics query gives for the same filter.
        var api = await fixture.StaffClientAsync(StaffLogin.Evaluator);
        var adoption = await Series(api, "adoption(from: \"2010-06\", to: \"2012-12\", sector: \"POLICE\", dimension: \"SECTOR\") { active { period dimension value } }", "adoption", "active");
        var onPage = await TableAsync(page, "table-adoption", "tbody tr td", "(td) => td.closest('tr').dataset.period + '|' + td.dataset.dimension");
        Assert.Equal(adoption, onPage);
        Assert.Contains(onPage, c => c.Key == "2012-12|POLICE" && c.Value != "0");
        var statuses = (await Series(api, "agreements(from: \"2010-06\", to: \"2012-12\", sector: \"POLICE\", dimension: \"STATUS\") { agreements { period dimension value } }", "agreements", "agreements"))
            .Where(p => p.Key.StartsWith("2012-12|", StringComparison.Ordinal)).ToDictionary(p => p.Key["2012-12|".Length..], p => p.Value);
        Assert.Equal(statuses, await TableAsync(page, "table-status", "tbody tr td", "(td) => td.closest('tr').dataset.dimension"));
        Assert.NotEmpty(statuses);
        // The bars drawn are the table's rows, value for value.
        var bars = await page.GetByTestId("panel-status").Locator("svg .chart-bar").EvaluateAllAsync<string[]>("(gs) => gs.map(g => g.dataset.value)");
        Assert.Equal(statuses.Values.Order(), bars.Order());
        if (Environment.GetEnvironmentVariable("SPI_DASHBOARD_SCREENSHOT") is { Length: > 0 } shot)
        {
            await page.ScreenshotAsync(new() { Path = shot, FullPage = true });
        }
    }

    [Fact]
    public async Task The_dashboard_has_no_wcag_violations_in_english_or_welsh()
    {
        var page = await fixture.SignedInPageAsync(StaffLogin.ProgrammeTeam);
        foreach (var (query, lang) in new[] { ($"{Period}&serviceArea=DomesticAbuse", "en"), ($"{Period}&culture=cy", "cy") })
        {
            await page.GotoAsync($"/dashboard?{query}");
            await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", lang);
            // Open every data table, so axe checks them as well as the charts.
            await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
            await AccessibilityTests.CheckAsync(page);
        }
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Dangosfwrdd y rhaglen");
        await Assertions.Expect(page.Locator("#chart-status-title")).ToHaveTextAsync(new Regex("^Cytundebau fesul statws ar ddiwedd "));
    }

    private static async Task<Dictionary<string, string>> Series(HttpClient api, string field, string name, string series)
    {
        var response = await GraphQLClient.PostAsync(api, $"{{ metrics {{ {field} }} }}");
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Data.GetProperty("metrics").GetProperty(name).GetProperty(series).EnumerateArray()
            .ToDictionary(p => $"{p.GetProperty("period").GetString()}|{p.GetProperty("dimension").GetString()}", p => p.GetProperty("value").GetInt32().ToString());
    }

    private static async Task<Dictionary<string, string>> TableAsync(IPage page, string table, string cells, string keyOf)
    {
        var pairs = await page.GetByTestId(table).Locator(cells).EvaluateAllAsync<JsonElement>($"(tds) => tds.map(td => [({keyOf})(td), td.textContent.trim()])");
        return pairs.EnumerateArray().ToDictionary(p => p[0].GetString()!, p => p[1].GetString()!);
    }

    [GeneratedRegex(@"/dashboard\?(.*&)?sector=Police")]
    private static partial Regex PoliceUrl();
}
