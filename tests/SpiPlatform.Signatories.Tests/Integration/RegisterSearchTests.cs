using SpiPlatform.TestKit;

namespace SpiPlatform.Signatories.Tests.Integration;

[Collection(SignatoriesCollection.Collection)]
public sealed class RegisterSearchTests(SignatoriesFixture fixture) : IAsyncLifetime
{
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _client = fixture.Factory.CreateClient();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<List<string>> NamesAsync(string arguments)
    {
        var response = await GraphQLClient.PostAsync(_client, $"{{ organisations({arguments}) {{ edges {{ node {{ nameEn }} }} }} }}");
        Assert.False(response.HasErrors, response.Body.ToString());
        return [.. response.Data.GetProperty("organisations").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("nameEn").GetString()!)];
    }

    [Fact]
    public async Task A_misspelt_name_finds_the_organisation_first()
    {
        var names = await NamesAsync("search: \"anuerin bevan\"");

        Assert.Equal("Aneurin Bevan Health Board", names[0]);
    }

    [Fact]
    public async Task The_welsh_name_is_searchable_without_its_accents()
    {
        var names = await NamesAsync("search: \"gwasanaeth tan ac achub\"");

        Assert.Contains("South Wales Fire and Rescue Service", names);
    }

    [Fact]
    public async Task A_misspelt_welsh_name_typed_without_its_accents_finds_the_organisation_first()
    {
        var names = await NamesAsync("search: \"gwasanath tann ac achub\"");

        Assert.Equal("South Wales Fire and Rescue Service", names[0]);
    }

    [Fact]
    public async Task A_search_counts_every_match_not_just_the_page()
    {
        var all = await NamesAsync("search: \"council\", first: 100");
        var response = await GraphQLClient.PostAsync(_client, "{ organisations(search: \"council\", first: 2) { totalCount edges { node { nameEn } } } }");

        Assert.True(all.Count > 2, $"only {all.Count} councils");
        Assert.Equal(all.Count, response.Data.GetProperty("organisations").GetProperty("totalCount").GetInt32());
        Assert.Equal(2, response.Data.GetProperty("organisations").GetProperty("edges").GetArrayLength());
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("\\\\")]
    public async Task A_percent_underscore_or_backslash_in_the_search_is_matched_literally(string search)
    {
        var response = await GraphQLClient.PostAsync(_client,
            "query($search: String) { organisations(search: $search) { totalCount edges { node { nameEn } } } }", variables: new { search });

        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.Equal(0, response.Data.GetProperty("organisations").GetProperty("totalCount").GetInt32());
        Assert.Empty(response.Data.GetProperty("organisations").GetProperty("edges").EnumerateArray());
    }

    [Fact]
    public async Task Filters_combine_sector_area_and_status()
    {
        var names = await NamesAsync("filter: { sectors: [POLICE], areas: [CARDIFF], statuses: [ACTIVE] }");

        Assert.Equal(["South Wales Police"], names);
    }

    [Fact]
    public async Task Pages_follow_each_other_without_gaps_or_repeats()
    {
        var all = await NamesAsync("first: 100, orderBy: NAME");
        var seen = new List<string>();
        string? after = null;
        do
        {
            var response = await GraphQLClient.PostAsync(_client,
                "query($after: String) { organisations(first: 7, after: $after, orderBy: NAME) { totalCount edges { node { nameEn } } pageInfo { hasNextPage endCursor } } }",
                variables: new { after });
            var connection = response.Data.GetProperty("organisations");
            Assert.Equal(all.Count, connection.GetProperty("totalCount").GetInt32());
            seen.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("nameEn").GetString()!));
            after = connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()
                ? connection.GetProperty("pageInfo").GetProperty("endCursor").GetString()
                : null;
        }
        while (after is not null);

        Assert.Equal(all, seen);
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public async Task A_page_larger_than_the_limit_or_a_foreign_cursor_is_VALIDATION_FAILED()
    {
        var tooMany = await GraphQLClient.PostAsync(_client, "{ organisations(first: 1000) { totalCount } }");
        var badCursor = await GraphQLClient.PostAsync(_client, "{ organisations(after: \"nonsense\") { totalCount } }");

        Assert.Equal(["VALIDATION_FAILED"], tooMany.ErrorCodes);
        Assert.Equal(["VALIDATION_FAILED"], badCursor.ErrorCodes);
    }

    [Fact]
    public async Task Every_case_study_agency_is_an_active_signatory_on_first_start()
    {
        var response = await GraphQLClient.PostAsync(_client, "{ all: organisations { totalCount } active: organisations(filter: { statuses: [ACTIVE] }) { totalCount } }");

        var total = response.Data.GetProperty("all").GetProperty("totalCount").GetInt32();
        Assert.True(total >= 40, $"only {total} organisations");
        Assert.Equal(total, response.Data.GetProperty("active").GetProperty("totalCount").GetInt32());
        var cardiff = await NamesAsync("search: \"BAWSO\"");
        Assert.Contains(cardiff, n => n.Contains("BAWSO", StringComparison.Ordinal));
    }
}
