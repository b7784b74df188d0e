using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SpiPlatform.SharedKernel;
using SpiPlatform.TestKit;

namespace SpiPlatform.Metrics.Tests.Integration;

/// <summary>The programme dashboard over real HTTP: who sees it, the form without JavaScript, bad filters, drill-down links.</summary>
[Collection(MetricsCollection.Collection)]
public sealed class DashboardPageTests(MetricsFixture fixture)
{
    private const string Path = "/dashboard";
    private static readonly string[] Panels = ["panel-tiles", "panel-adoption", "panel-status", "panel-service-area", "panel-turnaround", "panel-areas"];

    private static async Task<(HttpStatusCode Status, IDocument Page)> GetAsync(HttpClient client, string path, bool htmx = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (htmx)
        {
            request.Headers.Add("HX-Request", "true");
        }
        using var response = await client.SendAsync(request);
        return (response.StatusCode, new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    private static string Tile(IDocument page, string name) => page.QuerySelector($"[data-testid=tile-{name}] .tile-value")!.TextContent.Trim();

    private static string TileLink(IDocument page, string name) => page.QuerySelector($"[data-testid=tile-{name}] a")!.GetAttribute("href")!;

    private string CurrentMonth()
    {
        var today = fixture.Factory.Services.GetRequiredService<TimeProvider>().TodayInWales();
        return $"{today.Year:D4}-{today.Month:D2}";
    }

    [Fact]
    public async Task The_programme_team_and_evaluators_see_the_dashboard_and_everyone_else_is_refused()
    {
        foreach (var email in new[] { StaffLogin.ProgrammeTeam, StaffLogin.Evaluator })
        {
            var (status, page) = await GetAsync(await fixture.StaffClientAsync(email), Path);
            Assert.Equal(HttpStatusCode.OK, status);
            Assert.Equal("Programme dashboard", page.QuerySelector("h1")!.TextContent);
            Assert.Equal(Path, page.QuerySelector("nav a[href='/dashboard']")?.GetAttribute("href"));
        }
        foreach (var email in new[] { StaffLogin.OrganisationEditor, StaffLogin.QaReviewer })
        {
            var client = await fixture.StaffClientAsync(email);
            using var response = await client.GetAsync(Path);
            Assert.True(response.StatusCode is HttpStatusCode.Forbidden
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/account/access-denied", StringComparison.OrdinalIgnoreCase)),
                $"{email}: {response.StatusCode} {response.Headers.Location}");
            var home = new HtmlParser().ParseDocument(await client.GetStringAsync("/"));
            Assert.Null(home.QuerySelector("nav a[href='/dashboard']"));
        }
        var anonymous = await fixture.StaffClientAsync(null);
        using var refused = await anonymous.GetAsync(Path);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/login", refused.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Without_javascript_the_form_reloads_the_page_keeping_the_filter_in_the_form_and_every_panel()
    {
        var evaluator = await fixture.StaffClientAsync(StaffLogin.Evaluator);

        var (status, page) = await GetAsync(evaluator, $"{Path}?from=2010-06&to=2012-12&sector=Police&area=&serviceArea=");

        Assert.Equal(HttpStatusCode.OK, status);
        var form = page.QuerySelector("form[data-testid=dashboard-filter]")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal(Path, form.GetAttribute("action"));
        Assert.Equal("2010-06", form.QuerySelector("#from")!.GetAttribute("value"));
        Assert.Equal("2012-12", form.QuerySelector("#to")!.GetAttribute("value"));
        Assert.Equal("Police", form.QuerySelector("#sector option[selected]")!.GetAttribute("value"));
        Assert.Equal("", form.QuerySelector("#area option[selected]")?.GetAttribute("value") ?? "");
        Assert.Equal(Panels, page.QuerySelectorAll("[data-testid^=panel-]").Select(p => p.GetAttribute("data-testid")));
        Assert.All(page.QuerySelectorAll("[data-testid^=panel-]"), p => Assert.Equal("?from=2010-06&to=2012-12&sector=Police", p.GetAttribute("data-filter")));
        // The numbers are the GraphQL figures for the same arguments.
        var adoption = (await MetricsApi.AdoptionAsync(evaluator, "from: \"2010-06\", to: \"2012-12\", sector: \"POLICE\"")).Figures("adoption").Series("active");
        Assert.Equal(adoption[("2012-12", "TOTAL")].ToString(), Tile(page, "active-signatories"));
        Assert.True(adoption[("2012-12", "TOTAL")] > 0);
        var statuses = (await MetricsApi.AgreementsAsync(evaluator, "from: \"2010-06\", to: \"2012-12\", sector: \"POLICE\", dimension: \"STATUS\"")).Figures("agreements").Series("agreements");
        Assert.Equal((statuses.GetValueOrDefault(("2012-12", "LIVE")) + statuses.GetValueOrDefault(("2012-12", "UNDER_REVIEW"))).ToString(), Tile(page, "live-agreements"));
        Assert.Equal(statuses.Where(s => s.Key.Period == "2012-12").ToDictionary(s => s.Key.Dimension, s => s.Value.ToString()),
            page.QuerySelectorAll("[data-testid=table-status] tbody tr").ToDictionary(r => r.GetAttribute("data-dimension")!, r => r.QuerySelector("td")!.TextContent.Trim()));
    }

    [Fact]
    public async Task Htmx_gets_every_panel_at_once_without_the_form_and_caches_keep_the_two_answers_apart()
    {
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Path}?from=2011-01&to=2012-06&serviceArea=DomesticAbuse");
        request.Headers.Add("HX-Request", "true");

        using var response = await programme.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("HX-Request", response.Headers.Vary);
        var panels = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Null(panels.QuerySelector("form"));
        Assert.Null(panels.QuerySelector("h1"));
        Assert.Equal(Panels, panels.QuerySelectorAll("[data-testid^=panel-]").Select(p => p.GetAttribute("data-testid")));
        Assert.All(panels.QuerySelectorAll("[data-testid^=panel-]"), p => Assert.Equal("?from=2011-01&to=2012-06&serviceArea=DomesticAbuse", p.GetAttribute("data-filter")));
        Assert.Equal("true", panels.QuerySelector("[data-testid=dashboard-status]")!.GetAttribute("hx-swap-oob"));
    }

    [Theory]
    [InlineData("from=2012-13", "from", "Enter the first month as a year and month, for example 2011-01.", "2012-13")]
    [InlineData("from=last+year", "from", "Enter the first month as a year and month, for example 2011-01.", "last year")]
    [InlineData("from=2012-06&to=2011-06", "from", "The first month must not be after the last month.", "2012-06")]
    [InlineData("from=1990-01&to=2012-12", "from", "Choose a period of at most 120 months.", "1990-01")]
    [InlineData("to=2999-01", "to", "The last month cannot be after this month ({0}).", "2999-01")]
    [InlineData("sector=Pirates", "sector", "Choose a sector from the list.", null)]
    [InlineData("area=3", "area", "Choose an area from the list.", null)]
    [InlineData("serviceArea=Nope", "serviceArea", "Choose a service area from the list.", null)]
    public async Task A_bad_filter_shows_the_form_again_with_a_clear_message_and_no_figures(string query, string field, string message, string? typed)
    {
        var evaluator = await fixture.StaffClientAsync(StaffLogin.Evaluator);

        var (status, page) = await GetAsync(evaluator, $"{Path}?{query}");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        var summary = page.QuerySelector("[data-testid=error-summary]")!;
        var link = Assert.Single(summary.QuerySelectorAll("a"));
        Assert.Equal(string.Format(message, CurrentMonth()), link.TextContent.Trim());
        Assert.Equal($"#{field}", link.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector($"#{field}"));
        if (typed is not null)
        {
            Assert.Equal(typed, page.QuerySelector($"#{field}")!.GetAttribute("value"));
        }
        Assert.Empty(page.QuerySelectorAll("[data-testid^=panel-]"));

        // With htmx the same message replaces the panels (422 is swapped, per the layout's htmx config).
        var (htmxStatus, panels) = await GetAsync(evaluator, $"{Path}?{query}", htmx: true);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, htmxStatus);
        Assert.NotNull(panels.QuerySelector("[data-testid=error-summary]"));
        Assert.Empty(panels.QuerySelectorAll("[data-testid^=panel-]"));
    }

    [Fact]
    public async Task A_bad_filter_is_explained_in_welsh_on_the_welsh_page()
    {
        var (status, page) = await GetAsync(await fixture.StaffClientAsync(StaffLogin.Evaluator), $"{Path}?sector=Pirates&culture=cy");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Equal("Dewiswch sector o'r rhestr.", page.QuerySelector("[data-testid=error-summary] a")!.TextContent.Trim());
        Assert.Equal("Dangosfwrdd y rhaglen", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Every_number_links_to_the_register_or_the_library_with_the_filter_as_those_pages_name_it()
    {
        var evaluator = await fixture.StaffClientAsync(StaffLogin.Evaluator);

        var (_, page) = await GetAsync(evaluator, $"{Path}?sector=Police&area=Cardiff&serviceArea=DomesticAbuse");

        Assert.Equal("/signatories?status=Active&sector=Police&area=Cardiff", TileLink(page, "active-signatories"));
        Assert.Equal("/library?status=Live&status=UnderReview&service=DomesticAbuse&sector=Police&region=Cardiff", TileLink(page, "live-agreements"));
        Assert.Equal("/library?status=InQualityAssurance&service=DomesticAbuse&sector=Police&region=Cardiff", TileLink(page, "in-qa"));
        Assert.Equal("/library?status=AwaitingSignOff&service=DomesticAbuse&sector=Police&region=Cardiff", TileLink(page, "awaiting-sign-off"));
        Assert.Equal("/library?service=DomesticAbuse&sector=Police&region=Cardiff&review=LAPSED", TileLink(page, "reviews-overdue"));
        Assert.Equal("#turnaround-rounds", TileLink(page, "qa-turnaround"));
        Assert.All(page.QuerySelectorAll("[data-testid=table-adoption] td a"), a => Assert.StartsWith("/signatories?status=Active&sector=", a.GetAttribute("href")));
        Assert.All(page.QuerySelectorAll("[data-testid=table-status] td a"), a => Assert.EndsWith("&service=DomesticAbuse&sector=Police&region=Cardiff", a.GetAttribute("href")));
        Assert.Equal(["/signatories?status=Active&sector=Police&area=Cardiff"], page.QuerySelectorAll("[data-testid=area-signatories] a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["/library?service=DomesticAbuse&sector=Police&region=Cardiff"], page.QuerySelectorAll("[data-testid=area-agreements] a").Select(a => a.GetAttribute("href")));
        // Every number on the page is a link (or a zero with nothing behind it).
        foreach (var cell in page.QuerySelectorAll("[data-testid^=panel-] td").Where(td => td.QuerySelector("a") is null))
        {
            Assert.True(cell.TextContent.Trim() == "0" || !cell.TextContent.Any(char.IsDigit) || cell.Closest("[data-testid=table-rounds]") is not null, cell.OuterHtml);
        }
    }

    [Fact]
    public async Task The_active_signatories_tile_counts_what_its_register_link_lists_today()
    {
        var evaluator = await fixture.StaffClientAsync(StaffLogin.Evaluator);
        var (_, page) = await GetAsync(evaluator, $"{Path}?sector=HealthBoard");

        var register = new HtmlParser().ParseDocument(await evaluator.GetStringAsync(TileLink(page, "active-signatories")));

        var count = int.Parse(Tile(page, "active-signatories"));
        Assert.InRange(count, 1, 20); // one page of the register
        Assert.Equal(count, register.QuerySelectorAll("[data-testid=register-results] tbody tr").Length);
    }
}
