using System.Globalization;
using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using CsvHelper;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.TestKit;

namespace SpiPlatform.Protocols.Tests.Integration;

[Collection(ProtocolsCollection.Collection)]
public sealed class OpenDataTests(ProtocolsFixture fixture) : IAsyncLifetime
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private HttpClient _anonymous = null!;
    private HttpClient _editor = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _anonymous = await fixture.StaffClientAsync(null);
        _editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_title_that_a_spreadsheet_would_run_as_a_formula_is_written_as_text()
    {
        var input = AgreementApi.NewDraft("=HYPERLINK(\"https://evil.example\",\"Torfaen youth offending\")");
        input["titleCy"] = "+SUM(1,2)";
        var reference = await PublishAsync(input);

        var row = Assert.Single(await CsvAsync(_anonymous, "/library.csv"), r => r[0] == reference);

        Assert.Equal("'=HYPERLINK(\"https://evil.example\",\"Torfaen youth offending\")", row[1]);
        Assert.Equal("'+SUM(1,2)", row[2]);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+44 29 2000 0000", "'+44 29 2000 0000")]
    [InlineData("-1+cmd|' /C calc'!A0", "'-1+cmd|' /C calc'!A0")]
    [InlineData("-400", "-400")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("Hafan Lles", "Hafan Lles")]
    public void Each_formula_start_is_neutralised_and_plain_text_and_plain_numbers_are_left_alone(string cell, string written)
        => Assert.Equal(written, SpiPlatform.Web.Csv.Field(cell));

    [Theory]
    [InlineData("")]
    [InlineData("?kind=ISP")]
    [InlineData("?q=health")]
    [InlineData("?service=INTEGRATED_HEALTH_AND_SOCIAL_CARE")]
    public async Task The_CSV_has_a_row_for_each_result_the_page_lists_in_the_pages_order(string filter)
    {
        var listed = await PageReferencesAsync("/library" + filter);

        var rows = await CsvAsync(_anonymous, "/library.csv" + filter);

        Assert.NotEmpty(listed);
        Assert.Equal(listed, rows.Select(r => r[0]));
    }

    [Fact]
    public async Task The_CSV_is_open_data_so_a_signed_in_partner_gets_no_drafts_in_it()
    {
        var draft = (await AgreementApi.CreateAsync(_editor, AgreementApi.NewDraft())).Data.GetProperty("createAgreement").GetProperty("reference").GetString();
        var page = await new HtmlParser().ParseDocumentAsync(await _editor.GetStringAsync("/library"));

        var rows = await CsvAsync(_editor, page.QuerySelector("[data-testid=csv-link]")!.GetAttribute("href")!);

        Assert.DoesNotContain(draft, rows.Select(r => r[0]));
        Assert.Equal(await PageReferencesAsync("/library"), rows.Select(r => r[0]));
    }

    [Fact]
    public async Task The_Atom_feed_lists_the_agreements_that_went_live_newest_first()
    {
        var feed = await FeedAsync("/library/feed.atom");

        Assert.Equal(["ISP-2011-0003", "ISP-2011-0001", "ISP-2011-0002"], feed.Items.Select(Reference));
        Assert.Equal(feed.Items.Select(i => i.LastUpdatedTime).OrderByDescending(t => t), feed.Items.Select(i => i.LastUpdatedTime));
        Assert.Equal(new DateOnly(2011, 9, 5), DateOnly.FromDateTime(feed.Items.First().LastUpdatedTime.DateTime));
        Assert.Contains("Hafan Lles", feed.Items.First().Title.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Atom_feed_is_filtered_like_the_page()
    {
        var feed = await FeedAsync("/library/feed.atom?q=frailty");

        Assert.Equal(["ISP-2011-0002"], feed.Items.Select(Reference));
    }

    [Fact]
    public async Task The_library_page_announces_the_feed_and_links_to_both_downloads_for_its_filter()
    {
        var page = await new HtmlParser().ParseDocumentAsync(await _anonymous.GetStringAsync("/library?kind=ISP"));

        var alternate = page.Head!.QuerySelector("link[rel=alternate][type='application/atom+xml']")!;
        Assert.Equal("/library/feed.atom?kind=Isp", alternate.GetAttribute("href"));
        Assert.Equal("/library.csv?kind=Isp", page.QuerySelector("[data-testid=csv-link]")!.GetAttribute("href"));
        Assert.Equal("/library/feed.atom?kind=Isp", page.QuerySelector("[data-testid=feed-link]")!.GetAttribute("href"));
    }

    private async Task<SyndicationFeed> FeedAsync(string path)
    {
        using var response = await _anonymous.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        var xml = await response.Content.ReadAsStringAsync();
        var root = XDocument.Parse(xml).Root!;
        Assert.Equal(Atom + "feed", root.Name);
        Assert.All(root.Elements(Atom + "entry"), e => Assert.NotNull(e.Element(Atom + "id")));
        using var reader = XmlReader.Create(new StringReader(xml));
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader));
        formatter.ReadFrom(reader);
        return formatter.Feed;
    }

    private static string Reference(SyndicationItem item) => item.Links.Single(l => l.RelationshipType == "alternate").Uri.Segments[^1];

    private async Task<string> PublishAsync(System.Text.Json.Nodes.JsonObject input)
    {
        var draft = (await AgreementApi.CreateAsync(_editor, input)).Data.GetProperty("createAgreement");
        var withFlow = (await AgreementApi.FlowAsync(_editor, "addFlow", AgreementApi.Flow(draft, AgreementApi.Police, AgreementApi.Torfaen))).Data.GetProperty("addFlow");
        await AgreementApi.SubmitAsync(_editor, withFlow);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        Assert.Null(await scope.ServiceProvider.GetRequiredService<IProtocolsApi>().TransitionAsync(
            Guid.Parse(draft.GetProperty("id").GetString()!), AgreementStatus.QualityAssured, "staff:qa@demo.spi.wales", "Approved", CancellationToken.None));
        return draft.GetProperty("reference").GetString()!;
    }

    private static async Task<List<string[]>> CsvAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        using var csv = new CsvReader(new StringReader(await response.Content.ReadAsStringAsync()), CultureInfo.InvariantCulture);
        var rows = new List<string[]>();
        await csv.ReadAsync();
        csv.ReadHeader();
        Assert.Equal("Reference", csv.HeaderRecord![0]);
        while (await csv.ReadAsync())
        {
            rows.Add(csv.Parser.Record!);
        }
        return rows;
    }

    /// <summary>Every reference the page lists for this query, following its "Next page" links.</summary>
    private async Task<List<string>> PageReferencesAsync(string path)
    {
        var references = new List<string>();
        for (string? next = path; next is not null;)
        {
            var page = await new HtmlParser().ParseDocumentAsync(await _anonymous.GetStringAsync(next));
            references.AddRange(page.QuerySelectorAll("[data-testid=library-result] [data-testid=reference]").Select(r => r.TextContent.Trim()));
            next = page.QuerySelector("a[rel=next]")?.GetAttribute("href");
        }
        return references;
    }
}
