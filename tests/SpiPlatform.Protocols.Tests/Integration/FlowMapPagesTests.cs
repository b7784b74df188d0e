using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.TestKit;

namespace SpiPlatform.Protocols.Tests.Integration;

/// <summary>The information flow map on the agreement page and in the draft editor (issue 14, ADR 0017).</summary>
[Collection(ProtocolsCollection.Collection)]
public sealed class FlowMapPagesTests(ProtocolsFixture fixture) : IAsyncLifetime
{
    private const string Marac = "ISP-2012-0001";
    private const string HafanLles = "ISP-2011-0003";
    private HttpClient _anonymous = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _anonymous = await fixture.StaffClientAsync(null);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_Cardiff_MARAC_map_has_a_lane_per_partner_and_an_arrow_per_flow_described_by_the_flow_table()
    {
        var page = await PageAsync(_anonymous, $"/library/{Marac}");

        var svg = page.QuerySelector("[data-testid=flow-map] svg")!;
        var partners = page.QuerySelectorAll("table[data-testid=partners] tbody tr").Length;
        var flows = page.QuerySelectorAll("table[data-testid=flows] tbody tr").Length;
        var lanes = svg.QuerySelectorAll(".flow-map-lane").Select(l => l.GetAttribute("data-organisation-id")).ToList();
        Assert.Equal(17, partners);
        Assert.Equal(partners, lanes.Count);
        Assert.Equal(lanes.Count, lanes.Distinct().Count());
        Assert.Equal(11, flows);
        Assert.Equal(flows, svg.QuerySelectorAll(".flow-map-arrow").Length);
        Assert.Equal("img", svg.GetAttribute("role"));
        var named = svg.GetAttribute("aria-labelledby")!.Split(' ').Select(id => svg.QuerySelector($"#{id}")!.TextContent).ToList();
        Assert.Equal("Information flow map", named[0]);
        Assert.Contains("11 information flows between 17 partners", named[1], StringComparison.Ordinal);
        Assert.Contains("Information Flow Reference Table", named[1], StringComparison.Ordinal);
        var link = page.QuerySelector("[data-testid=flow-map] figcaption a")!.GetAttribute("href")!;
        Assert.Same(page.QuerySelector("table[data-testid=flows]"), page.QuerySelector(link));
    }

    [Fact]
    public async Task An_arrow_runs_from_the_senders_lane_to_the_recipients_labelled_with_what_and_how()
    {
        var page = await PageAsync(_anonymous, $"/library/{Marac}");
        var svg = page.QuerySelector("[data-testid=flow-map] svg")!;
        var from = DemoOrganisationIds.Of("BAWSO (Black Association of Women Step Out)").ToString();
        var to = DemoOrganisationIds.Of("South Wales Police").ToString();

        var arrow = Assert.Single(svg.QuerySelectorAll(".flow-map-arrow"), a => a.GetAttribute("data-from") == from && a.GetAttribute("data-to") == to);
        var line = arrow.QuerySelector("line")!;
        Assert.True(Within(LaneOf(svg, from), Number(line, "y1")), "the arrow starts in the sender's lane");
        Assert.True(Within(LaneOf(svg, to), Number(line, "y2")), "the arrow ends in the recipient's lane");
        Assert.True(Number(line, "y2") < Number(line, "y1"), "the police lane is above BAWSO's, so the arrow points up");
        Assert.Equal("url(#flow-map-head)", line.GetAttribute("marker-end"));
        Assert.Equal("Review", arrow.GetAttribute("data-stage"));
        var label = string.Join(" ", arrow.QuerySelectorAll("text").Select(t => t.TextContent));
        Assert.Contains("Risks", label, StringComparison.Ordinal);
        Assert.Contains("Secure email", label, StringComparison.Ordinal);
        Assert.StartsWith("Review: from BAWSO (Black Association of Women Step Out) to South Wales Police. Risks. Secure email.", arrow.QuerySelector("title")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Welsh_map_names_the_stages_in_Welsh_in_stage_order()
    {
        var page = await PageAsync(_anonymous, $"/library/{Marac}?culture=cy");
        var svg = page.QuerySelector("[data-testid=flow-map] svg")!;

        var stages = svg.QuerySelectorAll(".flow-map-stage").Select(s => s.QuerySelector("title")!.TextContent).ToList();
        Assert.Equal(["Atgyfeirio", "Asesu", "Ymyrraeth", "Adolygu", "Cau'r achos", "Pre-meeting checks", "Case list circulation"], stages);
        Assert.Equal("Map llif gwybodaeth", svg.QuerySelector("title#flow-map-title")!.TextContent);
        Assert.Contains("llif gwybodaeth rhwng 17 o bartneriaid", svg.QuerySelector("desc")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Hafan_Lles_map_draws_all_fourteen_partner_entries_for_its_31_organisations()
    {
        var page = await PageAsync(_anonymous, $"/library/{HafanLles}");
        var svg = page.QuerySelector("[data-testid=flow-map] svg")!;

        var lanes = svg.QuerySelectorAll(".flow-map-lane").ToList();
        Assert.Equal(14, lanes.Count);
        Assert.All(lanes, l => Assert.NotEmpty(l.QuerySelector("text")!.TextContent.Trim()));
        var gps = lanes.Single(l => l.GetAttribute("data-organisation-id") == DemoOrganisationIds.Of("Prestatyn GP Practices (8 practices)").ToString());
        Assert.Equal("Prestatyn GP Practices (8 practices), standing for 8 organisations", gps.QuerySelector("title")!.TextContent);
        Assert.Equal(12, svg.QuerySelectorAll(".flow-map-arrow").Length);
        var height = Number(svg, "height");
        Assert.All(lanes, l => Assert.True(Number(l.QuerySelector("rect")!, "y") + Number(l.QuerySelector("rect")!, "height") <= height));
        Assert.Equal($"0 0 {svg.GetAttribute("width")} {svg.GetAttribute("height")}", svg.GetAttribute("viewBox"));
    }

    [Fact]
    public async Task In_the_editor_adding_a_flow_row_adds_an_arrow_and_removing_it_takes_the_arrow_away()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var draft = (await AgreementApi.CreateAsync(editor, AgreementApi.NewDraft())).Data.GetProperty("createAgreement");
        await AgreementApi.FlowAsync(editor, "addFlow", AgreementApi.Flow(draft, AgreementApi.Police, AgreementApi.Torfaen));
        var path = $"/library/{draft.GetProperty("reference").GetString()}/flows";
        var before = await PageAsync(editor, path);
        Assert.Single(before.QuerySelectorAll("[data-testid=flow-map] .flow-map-arrow"));

        using var added = await HtmxPostAsync(editor, path + "?handler=add", Form(before, new()
        {
            ["Flow.Stage"] = "Review",
            ["Flow.From"] = AgreementApi.HealthBoard.ToString(),
            ["Flow.To"] = AgreementApi.Torfaen.ToString(),
            ["Flow.Data"] = "PhysicalHealth",
            ["Flow.Method"] = "Meeting",
        }));
        var afterAdd = await FragmentAsync(added);
        var arrows = afterAdd.QuerySelectorAll("[data-testid=flow-map] .flow-map-arrow").ToList();
        Assert.Equal(2, arrows.Count);
        var newArrow = Assert.Single(arrows, a => a.GetAttribute("data-stage") == "Review");
        Assert.Equal(AgreementApi.HealthBoard.ToString(), newArrow.GetAttribute("data-from"));

        using var removed = await HtmxPostAsync(editor, path + "?handler=remove", Form(afterAdd, new() { ["FlowId"] = newArrow.GetAttribute("data-flow-id")! }));
        var afterRemove = await FragmentAsync(removed);
        var left = Assert.Single(afterRemove.QuerySelectorAll("[data-testid=flow-map] .flow-map-arrow"));
        Assert.Equal("Referral", left.GetAttribute("data-stage"));
    }

    [Fact]
    public async Task Without_javascript_the_posted_row_comes_back_on_the_editor_page_with_its_arrow()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var draft = (await AgreementApi.CreateAsync(editor, AgreementApi.NewDraft())).Data.GetProperty("createAgreement");
        var path = $"/library/{draft.GetProperty("reference").GetString()}/flows";
        var empty = await PageAsync(editor, path);
        Assert.Null(empty.QuerySelector("[data-testid=flow-map]"));

        using var posted = await editor.PostAsync(path + "?handler=add", Form(empty, new()
        {
            ["Flow.Stage"] = "Referral",
            ["Flow.From"] = AgreementApi.Police.ToString(),
            ["Flow.To"] = AgreementApi.Torfaen.ToString(),
            ["Flow.Data"] = "Risks",
            ["Flow.Method"] = "SecureEmail",
        }));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var page = await PageAsync(editor, posted.Headers.Location!.OriginalString);
        Assert.Single(page.QuerySelectorAll("[data-testid=flow-map] .flow-map-arrow"));
        Assert.NotNull(page.QuerySelector("html"));
    }

    [Fact]
    public async Task Someone_who_may_not_edit_the_draft_cannot_add_a_row_and_nobody_outside_sees_its_map()
    {
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var input = AgreementApi.NewDraft();
        input["coordinatorId"] = AgreementApi.Police.ToString();
        input["partners"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["organisationId"] = AgreementApi.HealthBoard.ToString() });
        var draft = (await AgreementApi.CreateAsync(programme, input)).Data.GetProperty("createAgreement");
        await AgreementApi.FlowAsync(programme, "addFlow", AgreementApi.Flow(draft, AgreementApi.Police, AgreementApi.HealthBoard));
        var reference = draft.GetProperty("reference").GetString()!;
        var own = (await AgreementApi.CreateAsync(editor, AgreementApi.NewDraft())).Data.GetProperty("createAgreement");
        var editorsForm = await PageAsync(editor, $"/library/{own.GetProperty("reference").GetString()}/flows");

        using var refused = await HtmxPostAsync(editor, $"/library/{reference}/flows?handler=add", Form(editorsForm, new()
        {
            ["Flow.From"] = AgreementApi.HealthBoard.ToString(),
            ["Flow.To"] = AgreementApi.Police.ToString(),
            ["Flow.Data"] = "Risks",
        }));
        using var publicPage = await _anonymous.GetAsync($"/library/{reference}");

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.DoesNotContain("flow-map-arrow", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, publicPage.StatusCode);
        Assert.DoesNotContain("flow-map-arrow", await publicPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var stored = await AgreementApi.ByReferenceAsync(programme, reference);
        Assert.Equal(1, stored.GetProperty("flows").GetArrayLength());
    }

    private static IElement LaneOf(IElement svg, string organisationId)
        => svg.QuerySelectorAll(".flow-map-lane").Single(l => l.GetAttribute("data-organisation-id") == organisationId).QuerySelector("rect")!;

    private static bool Within(IElement rect, double y) => y > Number(rect, "y") && y < Number(rect, "y") + Number(rect, "height");

    private static double Number(IElement element, string attribute) => double.Parse(element.GetAttribute(attribute)!, CultureInfo.InvariantCulture);

    private static async Task<IDocument> PageAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await new HtmlParser().ParseDocumentAsync(await response.Content.ReadAsStringAsync());
    }

    private static async Task<IDocument> FragmentAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, html);
        Assert.DoesNotContain("<html", html, StringComparison.OrdinalIgnoreCase);
        return await new HtmlParser().ParseDocumentAsync(html);
    }

    private static FormUrlEncodedContent Form(IDocument page, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        fields.TryAdd("Version", page.QuerySelector("input[name=Version]")!.GetAttribute("value")!);
        return new FormUrlEncodedContent(fields);
    }

    private static Task<HttpResponseMessage> HtmxPostAsync(HttpClient client, string path, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.Add("HX-Request", "true");
        return client.SendAsync(request);
    }
}
