using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SpiPlatform.TestKit;

namespace SpiPlatform.Protocols.Tests.Integration;

[Collection(ProtocolsCollection.Collection)]
public sealed class LibraryPagesTests(ProtocolsFixture fixture) : IAsyncLifetime
{
    private const string Marac = "ISP-2012-0001";
    private HttpClient _anonymous = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _anonymous = await fixture.StaffClientAsync(null);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Searching_domestic_abuse_police_lists_the_Cardiff_MARAC_first_with_a_highlighted_snippet()
    {
        var page = await PageAsync(_anonymous, "/library?q=domestic+abuse+police");

        var first = page.QuerySelector("[data-testid=library-result]")!;
        Assert.Equal(Marac, first.QuerySelector("[data-testid=reference]")!.TextContent.Trim());
        Assert.NotNull(first.QuerySelector("[data-testid=snippet] mark"));
        Assert.Equal("domestic abuse police", page.QuerySelector<IHtmlInputElement>("#q")!.Value);
    }

    [Fact]
    public async Task Ticking_a_facet_narrows_the_results_and_its_count_is_the_number_of_results_listed()
    {
        var all = await PageAsync(_anonymous, "/library");
        var total = await AllReferencesAsync("/library");
        var box = all.QuerySelectorAll<IHtmlInputElement>("[data-testid=facet-data] input[type=checkbox]")
            .Select(b => (Box: b, Count: FacetCount(b)))
            .First(f => f.Count > 0 && f.Count < total.Count);

        var path = $"/library?data={box.Box.Value}";
        var narrowed = await PageAsync(_anonymous, path);
        var listed = await AllReferencesAsync(path);

        Assert.Equal(box.Count, listed.Count);
        Assert.True(listed.Count < total.Count);
        Assert.Subset(total.ToHashSet(), listed.ToHashSet());
        var ticked = narrowed.QuerySelector<IHtmlInputElement>($"#data-{box.Box.Value}")!;
        Assert.True(ticked.IsChecked);
        Assert.Equal(listed.Count, FacetCount(ticked));
        Assert.Equal(listed.Count == 1 ? "1 agreement" : $"{listed.Count} agreements", narrowed.QuerySelector("#result-count")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_htmx_request_gets_only_the_results_with_the_count_and_facets_out_of_band()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/library?q=flying+start");
        request.Headers.Add("HX-Request", "true");
        using var response = await _anonymous.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data-testid=\"library-form\"", html, StringComparison.Ordinal);
        Assert.Contains("ISP-2011-0001", html, StringComparison.Ordinal);
        Assert.Contains("hx-swap-oob=\"innerHTML:#result-count\"", html, StringComparison.Ordinal);
        Assert.Contains("hx-swap-oob=\"innerHTML:#facets\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Title_suggestions_offer_the_MARAC_for_a_misspelt_title()
    {
        var html = await _anonymous.GetStringAsync("/library?handler=Suggest&q=marak+cardif");

        Assert.Contains($"href=\"/library/{Marac}\"", html, StringComparison.Ordinal);
        Assert.StartsWith("<ul", html.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Title_suggestions_offer_a_draft_to_its_own_partners_only_and_read_a_percent_sign_as_itself()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var created = await AgreementApi.CreateAsync(editor, AgreementApi.NewDraft("Zebra Crossing Wardens 100% Protocol"));
        Assert.False(created.HasErrors, created.Body.ToString());

        var own = await editor.GetStringAsync("/library?handler=Suggest&q=zebra+cross");
        var anonymous = await _anonymous.GetStringAsync("/library?handler=Suggest&q=zebra+cross");
        var percent = await editor.GetStringAsync("/library?handler=Suggest&q=0%25+pro");
        var wildcard = await _anonymous.GetStringAsync("/library?handler=Suggest&q=%25%25");

        Assert.Contains("Zebra Crossing Wardens", own, StringComparison.Ordinal);
        Assert.DoesNotContain("Zebra", anonymous, StringComparison.Ordinal);
        Assert.Contains("Zebra Crossing Wardens", percent, StringComparison.Ordinal);
        Assert.DoesNotContain("<li", wildcard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_agreement_page_shows_the_flow_table_by_stage_and_the_partners_linked_to_the_register()
    {
        var page = await PageAsync(_anonymous, $"/library/{Marac}");

        Assert.Contains("Cardiff Multi-Agency Risk Assessment Conference", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        var flows = page.QuerySelector("table[data-testid=flows]")!;
        Assert.NotEmpty(flows.QuerySelectorAll("tbody tr"));
        Assert.Contains("Referral", flows.QuerySelector("tbody th[scope=rowgroup]")!.TextContent, StringComparison.Ordinal);
        var partners = page.QuerySelectorAll("table[data-testid=partners] tbody tr a").ToList();
        Assert.Contains(partners, a => a.TextContent == "South Wales Police" && a.GetAttribute("href")!.StartsWith("/signatories/", StringComparison.Ordinal));
        Assert.Equal(17, partners.Count);
        Assert.Equal($"/account/login?ReturnUrl=%2Flibrary%2F{Marac}", page.QuerySelector("a.button")!.GetAttribute("href"));
    }

    [Fact]
    public async Task An_unknown_reference_is_404()
    {
        using var response = await _anonymous.GetAsync("/library/ISP-1999-0042");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_draft_started_by_the_programme_team_shows_its_source_and_is_not_visible_to_the_public()
    {
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var token = await StaffLogin.AntiforgeryTokenAsync(programme, $"/library/{Marac}");

        using var response = await programme.PostAsync($"/library/{Marac}?handler=Derive",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var draft = response.Headers.Location!.OriginalString;
        Assert.Matches(@"^/library/ISP-\d{4}-\d{4}$", draft);
        var page = await PageAsync(programme, draft);
        Assert.Contains($"Started from {Marac}", page.QuerySelector("[data-testid=derived-from]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Draft", page.QuerySelector("[data-testid=status]")!.TextContent.Trim());
        var source = await PageAsync(programme, $"/library/{Marac}");
        Assert.Contains(source.QuerySelectorAll("[data-testid=derived] a"), a => a.GetAttribute("href") == draft);
        var drafts = await PageAsync(programme, "/library/drafts");
        Assert.Contains(drafts.QuerySelectorAll("table[data-testid=drafts] a"), a => a.GetAttribute("href") == draft);

        using var anonymous = await _anonymous.GetAsync(draft);
        Assert.Equal(HttpStatusCode.NotFound, anonymous.StatusCode);
        var publicSource = await PageAsync(_anonymous, $"/library/{Marac}");
        Assert.Null(publicSource.QuerySelector("[data-testid=derived]"));
    }

    [Fact]
    public async Task A_signed_in_user_with_no_organisation_is_told_why_they_cannot_start_a_draft()
    {
        var evaluator = await fixture.StaffClientAsync(StaffLogin.Evaluator);
        var token = await StaffLogin.AntiforgeryTokenAsync(evaluator, $"/library/{Marac}");

        using var response = await evaluator.PostAsync($"/library/{Marac}?handler=Derive",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        var page = await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("not linked to an organisation", page.QuerySelector("[data-testid=error-summary]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("table[data-testid=flows]"));
    }

    [Fact]
    public async Task Starting_a_draft_without_the_antiforgery_token_is_refused()
    {
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);

        using var response = await programme.PostAsync($"/library/{Marac}?handler=Derive", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task My_drafts_asks_an_anonymous_visitor_to_sign_in()
    {
        using var response = await _anonymous.GetAsync("/library/drafts");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_public_sees_no_status_facet_but_the_programme_team_does()
    {
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);

        Assert.Null((await PageAsync(_anonymous, "/library")).QuerySelector("[data-testid=facet-status]"));
        Assert.NotNull((await PageAsync(programme, "/library")).QuerySelector("[data-testid=facet-status]"));
    }

    [Fact]
    public async Task In_welsh_the_library_and_the_agreement_page_use_welsh_labels_and_titles()
    {
        var library = await PageAsync(_anonymous, "/library?culture=cy&q=MARAC");
        var agreement = await PageAsync(_anonymous, $"/library/{Marac}?culture=cy");

        Assert.Equal("cy", library.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Llyfrgell ISP", library.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Cam-drin domestig", library.QuerySelector("[data-testid=facet-service]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Protocol Rhannu Gwybodaeth Cynhadledd Asesu Risg Amlasiantaethol (MARAC) Caerdydd", library.QuerySelector("[data-testid=library-result] h2")!.TextContent.Trim());
        Assert.Equal("cy", agreement.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Tabl Cyfeirio Llif Gwybodaeth", agreement.Body!.TextContent, StringComparison.Ordinal);
        // Quality assured, with sign-off by its 17 partners still under way.
        Assert.Contains("Yn aros i gael ei gymeradwyo", agreement.QuerySelector("[data-testid=status]")!.TextContent, StringComparison.Ordinal);
    }

    private static int FacetCount(IElement box)
        => int.Parse(box.ParentElement!.QuerySelector("[data-testid=facet-count]")!.TextContent.Trim('(', ')', ' '), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The references listed on every page of a search, following the Next links.</summary>
    private async Task<List<string>> AllReferencesAsync(string path)
    {
        var references = new List<string>();
        for (string? next = path; next is not null;)
        {
            var page = await PageAsync(_anonymous, next);
            references.AddRange(page.QuerySelectorAll("[data-testid=library-result] [data-testid=reference]").Select(r => r.TextContent.Trim()));
            next = page.QuerySelector("nav a[rel=next]")?.GetAttribute("href");
        }
        return references;
    }

    private static async Task<IHtmlDocument> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}.");
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }
}
