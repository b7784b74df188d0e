using System.Net;
using AngleSharp.Html.Parser;

namespace SpiPlatform.Host.Tests.Pages;

[Collection(HostCollection.Collection)]
public sealed class LayoutTests(HostFixture fixture)
{
    private readonly HttpClient _client = fixture.Factory.CreateClient();

    [Fact]
    public async Task Every_page_has_a_skip_link_a_language_switch_and_the_htmx_antiforgery_header()
    {
        var document = new HtmlParser().ParseDocument(await _client.GetStringAsync("/"));

        Assert.Equal("en", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("#main-content", document.QuerySelector("a.skip-link")!.GetAttribute("href"));
        Assert.NotNull(document.QuerySelector("main#main-content"));
        Assert.Equal("/?culture=cy", document.QuerySelector("a.language-switch")!.GetAttribute("href"));
        Assert.Contains("RequestVerificationToken", document.Body!.GetAttribute("hx-headers"));
        Assert.Equal("/lib/htmx/htmx.min.js", document.QuerySelector("script[src*=htmx]")!.GetAttribute("src")!.Split('?')[0]);
    }

    [Fact]
    public async Task Culture_query_switches_to_welsh_and_is_remembered_by_cookie()
    {
        using var welsh = await _client.GetAsync("/accessibility?culture=cy");
        var document = new HtmlParser().ParseDocument(await welsh.Content.ReadAsStringAsync());

        Assert.Equal("cy", document.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Datganiad hygyrchedd", document.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("/accessibility?culture=en", document.QuerySelector("a.language-switch")!.GetAttribute("href"));

        var cookie = welsh.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        var next = new HttpRequestMessage(HttpMethod.Get, "/");
        next.Headers.Add("Cookie", cookie.Split(';')[0]);
        using var remembered = await _client.SendAsync(next);
        Assert.Contains("<html lang=\"cy\">", await remembered.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_htmx_script_is_served_from_our_own_files()
    {
        using var response = await _client.GetAsync("/lib/htmx/htmx.min.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("htmx", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_page_is_404_with_a_plain_explanation()
    {
        using var response = await _client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_api_client_gets_problem_details_instead_of_a_page()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/no-such-resource");
        request.Headers.Accept.ParseAdd("application/json");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"status\":404", await response.Content.ReadAsStringAsync());
    }
}
