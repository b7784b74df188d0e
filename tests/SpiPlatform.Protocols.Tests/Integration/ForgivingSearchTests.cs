using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SpiPlatform.TestKit;

namespace SpiPlatform.Protocols.Tests.Integration;

/// <summary>The library forgives: the thesaurus, relaxed words and "Did you mean", on the page in both languages and in GraphQL.</summary>
[Collection(ProtocolsCollection.Collection)]
public sealed class ForgivingSearchTests(ProtocolsFixture fixture) : IAsyncLifetime
{
    private const string FlyingStart = "ISP-2011-0001";
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _client = fixture.Factory.CreateClient();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("early years")]
    [InlineData("childcare early years")]
    public async Task Early_years_finds_Flying_Start_through_the_thesaurus_and_says_so_in_English_and_Welsh(string words)
    {
        var english = await PageAsync($"/library?q={Uri.EscapeDataString(words)}");
        var welsh = await PageAsync($"/library?q={Uri.EscapeDataString(words)}&culture=cy");

        Assert.Contains(FlyingStart, References(english));
        Assert.Contains(FlyingStart, References(welsh));
        Assert.StartsWith("Also searching for:", Text(english, "also-searched"), StringComparison.Ordinal);
        Assert.Contains("Flying Start", Text(english, "also-searched"), StringComparison.Ordinal);
        Assert.StartsWith("Hefyd yn chwilio am:", Text(welsh, "also-searched"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_GraphQL_early_years_and_its_Welsh_blynyddoedd_cynnar_report_the_thesaurus_terms_and_find_Flying_Start()
    {
        var english = await SearchAsync("early years");
        var welsh = await SearchAsync("blynyddoedd cynnar");

        Assert.Contains(FlyingStart, References(english));
        Assert.Contains("Flying Start", Strings(english, "alsoSearchedFor"));
        Assert.Contains(FlyingStart, References(welsh));
        Assert.Contains("Dechrau'n Deg", Strings(welsh, "alsoSearchedFor"));
        Assert.False(english.GetProperty("relaxed").GetBoolean());
    }

    [Fact]
    public async Task Fraility_finds_nothing_but_suggests_frailty_as_a_link_in_English_and_Welsh()
    {
        var english = await PageAsync("/library?q=fraility");
        var welsh = await PageAsync("/library?q=fraility&culture=cy");
        var link = english.QuerySelector<IHtmlAnchorElement>("[data-testid=suggestion] a")!;
        var followed = await PageAsync(link.GetAttribute("href")!);

        Assert.Empty(References(english));
        Assert.Equal("Did you mean frailty?", Text(english, "suggestion"));
        Assert.Equal("Oeddech chi'n golygu frailty?", Text(welsh, "suggestion"));
        Assert.Contains("ISP-2011-0002", References(followed));
        Assert.Null(followed.QuerySelector("[data-testid=suggestion]"));
    }

    [Fact]
    public async Task In_GraphQL_misspelt_English_and_Welsh_words_get_a_suggestion_and_a_word_the_library_holds_gets_none()
    {
        var english = await SearchAsync("fraility");
        var welsh = await SearchAsync("eidilwch");
        var right = await SearchAsync("frailty");

        Assert.Equal("frailty", english.GetProperty("suggestion").GetString());
        Assert.Equal("eiddilwch", welsh.GetProperty("suggestion").GetString());
        Assert.Equal(JsonValueKind.Null, right.GetProperty("suggestion").ValueKind);
        Assert.True(right.GetProperty("totalCount").GetInt32() > 0);
    }

    [Fact]
    public async Task When_no_agreement_has_every_word_the_closest_are_shown_most_words_first_and_the_page_says_so_in_both_languages()
    {
        var english = await PageAsync("/library?q=flying+start+torfaen+zebras");
        var welsh = await PageAsync("/library?q=flying+start+torfaen+zebras&culture=cy");
        var strict = await PageAsync("/library?q=flying+start+torfaen");

        Assert.Equal(FlyingStart, References(english)[0]);
        Assert.Equal("No agreement matches every word; showing the closest.", Text(english, "relaxed"));
        Assert.Equal("Nid oes cytundeb yn cyfateb i bob gair; yn dangos y rhai agosaf.", Text(welsh, "relaxed"));
        Assert.Null(strict.QuerySelector("[data-testid=relaxed]"));
    }

    [Fact]
    public async Task In_GraphQL_a_relaxed_search_in_Welsh_reports_relaxed_and_ranks_by_the_words_matched()
    {
        var relaxed = await SearchAsync("dechrau deg torfaen sebras");
        var strict = await SearchAsync("dechrau deg torfaen");

        Assert.True(relaxed.GetProperty("relaxed").GetBoolean());
        Assert.Equal(FlyingStart, References(relaxed)[0]);
        Assert.False(strict.GetProperty("relaxed").GetBoolean());
    }

    [Fact]
    public async Task Safeguarding_children_finds_agreements_relaxed_or_through_the_thesaurus()
    {
        var result = await SearchAsync("safeguarding children");

        Assert.True(result.GetProperty("totalCount").GetInt32() > 0);
        Assert.True(result.GetProperty("relaxed").GetBoolean() || Strings(result, "alsoSearchedFor").Contains("protection"));
    }

    [Fact]
    public async Task The_agreement_page_lists_similar_agreements_the_reader_may_see_and_not_itself_in_English_and_Welsh()
    {
        var english = await PageAsync("/library/ISP-2012-0001");
        var welsh = await PageAsync("/library/ISP-2012-0001?culture=cy");
        var similar = english.QuerySelectorAll("[data-testid=similar-reference]").Select(e => e.TextContent.Trim()).ToList();

        Assert.InRange(similar.Count, 1, 5);
        Assert.DoesNotContain("ISP-2012-0001", similar);
        Assert.Subset(new HashSet<string> { FlyingStart, "ISP-2011-0002", "ISP-2011-0003" }, similar.ToHashSet());
        Assert.Contains(english.QuerySelectorAll("h2"), h => h.TextContent.Trim() == "Similar agreements");
        Assert.Contains(welsh.QuerySelectorAll("h2"), h => h.TextContent.Trim() == "Cytundebau tebyg");
    }

    private async Task<JsonElement> SearchAsync(string words)
    {
        var response = await GraphQLClient.PostAsync(_client,
            "query($q: String) { agreements(search: $q) { totalCount relaxed suggestion alsoSearchedFor edges { node { reference } } } }",
            variables: new { q = words });
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Data.GetProperty("agreements");
    }

    private static List<string> References(JsonElement result)
        => [.. result.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("reference").GetString()!)];

    private static List<string> Strings(JsonElement result, string field)
        => [.. result.GetProperty(field).EnumerateArray().Select(e => e.GetString()!)];

    private static List<string> References(IHtmlDocument page)
        => [.. page.QuerySelectorAll("[data-testid=library-result] [data-testid=reference]").Select(e => e.TextContent.Trim())];

    private static string Text(IHtmlDocument page, string testId)
        => string.Join(' ', page.QuerySelector($"[data-testid={testId}]")?.TextContent.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries) ?? []);

    private async Task<IHtmlDocument> PageAsync(string path)
    {
        using var response = await _client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
    }
}
