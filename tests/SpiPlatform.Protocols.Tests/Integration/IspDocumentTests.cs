using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.TestKit;

namespace SpiPlatform.Protocols.Tests.Integration;

[Collection(ProtocolsCollection.Collection)]
public sealed class IspDocumentTests(ProtocolsFixture fixture) : IAsyncLifetime
{
    private const string HafanLles = "ISP-2011-0003";

    private static readonly string[] EnglishSections =
        ["Purpose", "Partners", "Legal basis", "Information shared by stage", "Consent", "Security by transfer method", "Retention", "Review arrangements", "Sign-off record"];

    private static readonly string[] WelshSections =
        ["Diben", "Partneriaid", "Sail gyfreithiol", "Gwybodaeth a rennir fesul cam", "Caniatâd", "Diogelwch fesul dull trosglwyddo", "Cadw", "Trefniadau adolygu", "Cofnod cymeradwyo"];

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
    public async Task The_Hafan_Lles_document_has_every_section_its_14_partners_and_the_flow_table_the_page_shows()
    {
        var document = await DocumentAsync(_anonymous, $"/library/{HafanLles}/document.docx?language=en");
        var page = await PageAsync($"/library/{HafanLles}");

        Assert.Equal(EnglishSections, document.Headings());
        var partners = Assert.Single(document.Tables("Partner organisations and their roles"));
        Assert.Equal(14, partners.Count);
        Assert.Equal(page.QuerySelectorAll("[data-testid=partners] tbody tr").Select(r => r.Children[0].TextContent.Trim()), partners.Select(p => p[0]));
        var flows = Assert.Single(document.Tables("Information Flow Reference Table"));
        Assert.NotEmpty(flows);
        Assert.Equal(PageFlowRows(page), flows);
        Assert.True(document.HasRepeatedHeaderRow("Information Flow Reference Table"));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("cy")]
    [InlineData("both")]
    public async Task The_document_is_valid_Open_XML_so_Word_opens_it_without_repair(string language)
    {
        var errors = (await DocumentAsync(_anonymous, $"/library/{HafanLles}/document.docx?language={language}")).SchemaErrors;
        Assert.True(errors.Count == 0, string.Join("\n", errors.Distinct()));
    }

    [Fact]
    public async Task The_title_page_carries_the_reference_the_status_and_the_QA_reference_and_date_from_quality_assurance()
    {
        var title = (await DocumentAsync(_anonymous, $"/library/{HafanLles}/document.docx?language=en")).TitlePage();

        Assert.Contains("Hafan Lles Integrated Health and Social Care Service Information Sharing Protocol", title);
        Assert.Contains($"Reference: {HafanLles}", title);
        Assert.Contains("Status: Live", title);
        Assert.Contains("QA reference: QA-2011-0003", title);
        Assert.Contains("Quality assured on: 14 July 2011", title);
    }

    [Fact]
    public async Task The_Welsh_document_has_Welsh_headings_and_both_puts_the_Welsh_first()
    {
        var welsh = await DocumentAsync(_anonymous, $"/library/{HafanLles}/document.docx?language=cy");
        var both = await DocumentAsync(_anonymous, $"/library/{HafanLles}/document.docx?language=both");

        Assert.Equal(WelshSections, welsh.Headings());
        Assert.Contains("Cyfeirnod sicrhau ansawdd: QA-2011-0003", welsh.TitlePage());
        Assert.Equal([.. WelshSections, .. EnglishSections], both.Headings());
    }

    [Fact]
    public async Task The_sign_off_record_lists_every_partner_that_signed_off()
    {
        var document = await DocumentAsync(_anonymous, $"/library/{HafanLles}/document.docx?language=en");

        var record = Assert.Single(document.Tables("Sign-off record"));
        Assert.Equal(14, record.Count);
        Assert.All(record, row => Assert.Equal("Signed", row[1]));
    }

    [Fact]
    public async Task A_drafts_document_is_not_served_to_the_public_just_as_its_page_is_not()
    {
        var draft = (await AgreementApi.CreateAsync(_editor, AgreementApi.NewDraft())).Data.GetProperty("createAgreement");
        var reference = draft.GetProperty("reference").GetString()!;

        using var page = await _anonymous.GetAsync($"/library/{reference}");
        using var document = await _anonymous.GetAsync($"/library/{reference}/document.docx");
        using var partnersDocument = await _editor.GetAsync($"/library/{reference}/document.docx?language=en");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, document.StatusCode);
        Assert.Equal(HttpStatusCode.OK, partnersDocument.StatusCode);
        Assert.True(partnersDocument.Headers.CacheControl is { Private: true, NoStore: true });
    }

    [Fact]
    public async Task A_past_versions_document_holds_that_versions_text()
    {
        var draft = (await AgreementApi.CreateAsync(_editor, AgreementApi.NewDraft())).Data.GetProperty("createAgreement");
        var withFlow = (await AgreementApi.FlowAsync(_editor, "addFlow", AgreementApi.Flow(draft, AgreementApi.Police, AgreementApi.Torfaen))).Data.GetProperty("addFlow");
        await AgreementApi.SubmitAsync(_editor, withFlow);
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            Assert.Null(await scope.ServiceProvider.GetRequiredService<IProtocolsApi>().TransitionAsync(
                Guid.Parse(draft.GetProperty("id").GetString()!), AgreementStatus.Draft, "staff:qa@demo.spi.wales", "Rename it", CancellationToken.None));
        }
        var reference = draft.GetProperty("reference").GetString()!;
        var returned = await AgreementApi.ByReferenceAsync(_editor, reference);
        await AgreementApi.UpdateAsync(_editor, AgreementApi.EditOf(returned, AgreementApi.NewDraft("Torfaen Youth Justice Information Sharing Protocol")));

        var first = (await DocumentAsync(_editor, $"/library/{reference}/document.docx?language=en&version=1")).TitlePage();
        var now = (await DocumentAsync(_editor, $"/library/{reference}/document.docx?language=en")).TitlePage();
        using var missing = await _editor.GetAsync($"/library/{reference}/document.docx?version=9");

        Assert.Contains("Torfaen Youth Offending Information Sharing Protocol", first);
        Assert.Contains("Version: 1", first);
        Assert.Contains("Status: In quality assurance", first);
        Assert.Contains("Torfaen Youth Justice Information Sharing Protocol", now);
        Assert.DoesNotContain("Torfaen Youth Offending Information Sharing Protocol", now);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task An_unknown_language_or_version_is_refused_with_a_specific_message()
    {
        using var language = await _anonymous.GetAsync($"/library/{HafanLles}/document.docx?language=fr");
        using var version = await _anonymous.GetAsync($"/library/{HafanLles}/document.docx?version=first");

        Assert.Equal(HttpStatusCode.BadRequest, language.StatusCode);
        Assert.Contains("language must be en, cy or both", await language.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, version.StatusCode);
        Assert.Contains("version must be a version number", await version.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_agreement_page_offers_the_document_in_English_Welsh_or_both_and_each_version_s_document()
    {
        var page = await PageAsync($"/library/{HafanLles}");

        var links = page.QuerySelectorAll("[data-testid=document-downloads] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/library/{HafanLles}/document.docx?language=en", $"/library/{HafanLles}/document.docx?language=cy", $"/library/{HafanLles}/document.docx?language=both"], links);
        // Newest first; versions frozen before it was quality assured are not public, so they are not linked for the public.
        var versions = page.QuerySelectorAll("[data-testid=version-document]").Select(a => a.GetAttribute("href")!).ToList();
        Assert.NotEmpty(versions);
        Assert.True(versions.Count < page.QuerySelectorAll("[data-testid=versions] tbody tr").Length);
        using var response = await _anonymous.GetAsync(versions[0]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<IspDocumentReader> DocumentAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new IspDocumentReader(await response.Content.ReadAsByteArrayAsync());
    }

    private async Task<IDocument> PageAsync(string path)
        => await new HtmlParser().ParseDocumentAsync(await _anonymous.GetStringAsync(path));

    /// <summary>The page's flow table as rows of seven cells, the stage (a row-group header spanning its rows) repeated on each.</summary>
    private static List<IReadOnlyList<string>> PageFlowRows(IDocument page)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var group in page.QuerySelectorAll("[data-testid=flows] tbody"))
        {
            var stage = group.QuerySelector("th[scope=rowgroup]")!.TextContent.Trim();
            rows.AddRange(group.QuerySelectorAll("tr").Select(r => (IReadOnlyList<string>)[stage, .. r.QuerySelectorAll("td").Select(c => c.TextContent.Trim())]));
        }
        return rows;
    }
}
