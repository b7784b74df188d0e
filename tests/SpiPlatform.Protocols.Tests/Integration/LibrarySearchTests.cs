using System.Text.Json;
using SpiPlatform.TestKit;

namespace SpiPlatform.Protocols.Tests.Integration;

[Collection(ProtocolsCollection.Collection)]
public sealed class LibrarySearchTests(ProtocolsFixture fixture) : IAsyncLifetime
{
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _client = fixture.Factory.CreateClient();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<JsonElement> SearchAsync(string arguments, string extra = "")
    {
        var response = await GraphQLClient.PostAsync(_client,
            $"{{ agreements({arguments}) {{ totalCount edges {{ snippet node {{ reference titleCy }} }} {extra} }} }}");
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Data.GetProperty("agreements");
    }

    private static List<string> References(JsonElement result)
        => [.. result.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("reference").GetString()!)];

    [Fact]
    public async Task The_library_pages_like_the_register_with_start_and_end_cursors_and_refuses_a_foreign_cursor()
    {
        const string info = "pageInfo { startCursor endCursor hasNextPage hasPreviousPage }";
        var first = await SearchAsync("first: 2", info);
        var after = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = await SearchAsync($"first: 2, after: \"{after}\"", info);
        var foreign = await GraphQLClient.PostAsync(_client, "{ agreements(after: \"bm90LW91cnM=\") { totalCount } }");

        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.False(first.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.True(second.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.NotEqual(first.GetProperty("pageInfo").GetProperty("startCursor").GetString(), second.GetProperty("pageInfo").GetProperty("startCursor").GetString());
        Assert.Empty(References(first).Intersect(References(second)));
        Assert.Equal(["VALIDATION_FAILED"], foreign.ErrorCodes);
        Assert.Equal("agreements.after", foreign.Body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("field").GetString());
    }

    [Fact]
    public async Task Domestic_abuse_police_ranks_the_cardiff_marac_isp_first_with_a_highlighted_snippet()
    {
        var result = await SearchAsync("search: \"domestic abuse police\"");

        Assert.Equal("ISP-2012-0001", References(result)[0]);
        Assert.Contains("<mark>", result.GetProperty("edges")[0].GetProperty("snippet").GetString());
    }

    [Fact]
    public async Task Facet_counts_equal_the_counts_of_the_filtered_results()
    {
        var all = await SearchAsync("first: 100", "facets { serviceAreas { value count } legalBases { value count } }");
        var facets = all.GetProperty("facets");

        foreach (var facet in facets.GetProperty("serviceAreas").EnumerateArray())
        {
            var filtered = await SearchAsync($"filter: {{ serviceAreas: [{facet.GetProperty("value").GetString()}] }}");
            Assert.Equal(facet.GetProperty("count").GetInt32(), filtered.GetProperty("totalCount").GetInt32());
        }
        foreach (var facet in facets.GetProperty("legalBases").EnumerateArray())
        {
            var filtered = await SearchAsync($"filter: {{ legalBases: [\"{facet.GetProperty("value").GetString()}\"] }}");
            Assert.Equal(facet.GetProperty("count").GetInt32(), filtered.GetProperty("totalCount").GetInt32());
        }
        // Three live, and the Cardiff MARAC ISP quality assured and awaiting sign-off; POVA Powys (returned) and North
        // Caerphilly (in QA) are not public.
        Assert.Equal(4, all.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Welsh_text_is_searchable_without_its_accents()
    {
        var marac = await AgreementApi.ByReferenceAsync(_client, "ISP-2012-0001", "titleCy");
        var welshWord = marac.GetProperty("titleCy").GetString()!.Split(' ').OrderByDescending(w => w.Length).First().ToLowerInvariant()
            .Replace("â", "a", StringComparison.Ordinal).Replace("ŵ", "w", StringComparison.Ordinal).Replace("ŷ", "y", StringComparison.Ordinal);

        var result = await SearchAsync($"search: \"{welshWord}\"");

        Assert.Contains("ISP-2012-0001", References(result));
    }

    [Fact]
    public async Task The_public_sees_only_live_agreements()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        await AgreementApi.CreateAsync(editor, AgreementApi.NewDraft());

        var result = await SearchAsync("search: \"youth offending\"");
        var response = await GraphQLClient.PostAsync(editor, "{ agreements(search: \"youth offending\") { totalCount } }");

        Assert.Equal(0, result.GetProperty("totalCount").GetInt32());
        Assert.Equal(1, response.Data.GetProperty("agreements").GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Title_typeahead_tolerates_typos()
    {
        var response = await GraphQLClient.PostAsync(_client, "{ agreementTitles(text: \"flyng start\") { reference } }");

        Assert.Equal("ISP-2011-0001", response.Data.GetProperty("agreementTitles")[0].GetProperty("reference").GetString());
    }

    [Fact]
    public async Task Partner_organisations_are_loaded_in_batches_not_one_query_each()
    {
        const string query = "query($n: Int) { agreements(first: $n) { edges { node { coordinator { nameEn } partners { organisation { nameEn sector } } flows { from { nameEn } to { nameEn } } } } } }";

        var one = await CountOrganisationQueriesAsync(() => GraphQLClient.PostAsync(_client, query, variables: new { n = 1 }));
        var six = await CountOrganisationQueriesAsync(() => GraphQLClient.PostAsync(_client, query, variables: new { n = 6 }));

        Assert.InRange(one, 1, 3);
        Assert.Equal(one, six);
    }

    private static Task<int> CountOrganisationQueriesAsync(Func<Task<GraphQLResponse>> run)
        => SqlCommandCounter.CountAsync("signatories.organisations", async () =>
        {
            var response = await run();
            Assert.False(response.HasErrors, response.Body.ToString());
        });
}
