using AngleSharp.Html.Parser;
using SpiPlatform.TestKit;

namespace SpiPlatform.Protocols.Tests.Integration;

/// <summary>An edit of the thesaurus changes what the library finds at once, on the English and the Welsh page.</summary>
[Collection(ProtocolsCollection.Collection)]
public sealed class ThesaurusSearchTests(ProtocolsFixture fixture) : IAsyncLifetime
{
    private const string FlyingStart = "ISP-2011-0001";

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_synonym_added_to_early_years_finds_Flying_Start_in_English_and_Welsh_until_it_is_removed()
    {
        var team = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var reader = fixture.Factory.CreateClient();
        const string english = "/library?q=tiny+tots";
        const string welsh = "/library?q=meithrinfa&culture=cy";
        Assert.DoesNotContain(FlyingStart, await ReferencesAsync(reader, english));
        Assert.DoesNotContain(FlyingStart, await ReferencesAsync(reader, welsh));

        Assert.False((await ThesaurusApi.AddAsync(team, "early-years", "tiny tots")).HasErrors);
        Assert.False((await ThesaurusApi.AddAsync(team, "early-years", "meithrinfa")).HasErrors);
        var foundInEnglish = await ReferencesAsync(reader, english);
        var foundInWelsh = await ReferencesAsync(reader, welsh);
        Assert.False((await ThesaurusApi.RemoveAsync(team, "early-years", "tiny tots")).HasErrors);
        Assert.False((await ThesaurusApi.RemoveAsync(team, "early-years", "meithrinfa")).HasErrors);

        Assert.Contains(FlyingStart, foundInEnglish);
        Assert.Contains(FlyingStart, foundInWelsh);
        Assert.DoesNotContain(FlyingStart, await ReferencesAsync(reader, english));
        Assert.DoesNotContain(FlyingStart, await ReferencesAsync(reader, welsh));
    }

    private static async Task<List<string>> ReferencesAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return [.. page.QuerySelectorAll("[data-testid=library-result] [data-testid=reference]").Select(e => e.TextContent.Trim())];
    }
}
