using AngleSharp.Html.Parser;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Signatories.Tests.Integration;

[Collection(SignatoriesCollection.Collection)]
public sealed class OrganisationAgreementsTests(SignatoriesFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_organisation_page_lists_the_published_agreements_it_is_party_to()
    {
        var client = fixture.Factory.CreateClient();

        var police = new HtmlParser().ParseDocument(await client.GetStringAsync($"/signatories/{DemoOrganisationIds.Of("South Wales Police")}"));
        // Powys's POVA ISP was returned for amendment: a draft again, so not published.
        var powys = new HtmlParser().ParseDocument(await client.GetStringAsync($"/signatories/{DemoOrganisationIds.Of("Powys County Council")}"));

        var links = police.QuerySelectorAll("[data-testid=organisation-agreements] a").Select(a => a.TextContent).ToList();
        Assert.Contains("ISP-2012-0001", links);
        Assert.DoesNotContain("ISP-2011-0001", links);
        Assert.Empty(powys.QuerySelectorAll("[data-testid=organisation-agreements] a"));
    }
}
