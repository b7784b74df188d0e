using SpiPlatform.TestKit;

namespace SpiPlatform.Browser.Tests;

[Collection(BrowserCollection.Collection)]
public sealed class GraphiQLTests(BrowserFixture fixture)
{
    [Fact]
    public async Task GraphiQL_loads_from_local_assets_and_runs_a_query()
    {
        var page = await fixture.NewPageAsync();
        var outside = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(fixture.BaseAddress.ToString(), StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                outside.Add(request.Url);
            }
        };

        await page.GotoAsync("/graphql/ui");
        await page.Locator(".graphiql-execute-button").ClickAsync();

        await Microsoft.Playwright.Assertions.Expect(page.Locator(".result-window")).ToContainTextAsync("\"version\"");
        Assert.Empty(outside);
    }
}
