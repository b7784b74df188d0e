using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using SpiPlatform.TestKit;

namespace SpiPlatform.Protocols.Tests.Integration;

/// <summary>Agreements cite codes from the legal-bases list: the editor offers the current ones by group, the handler checks them.</summary>
[Collection(ProtocolsCollection.Collection)]
public sealed partial class CitingLegalBasesTests(ProtocolsFixture fixture) : IAsyncLifetime
{
    private const string Bases = "gateways legalBases { code name group repealed }";

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_draft_cites_UK_GDPR_and_a_gateway_and_reads_them_back_by_name()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var input = AgreementApi.NewDraft("Torfaen GDPR Protocol");
        input["gateways"] = new JsonArray("CHILDREN_ACT_2004");
        input["legalBasisCodes"] = new JsonArray("UkGdprArticle6E", "UkGdprArticle9H");

        var created = await AgreementApi.CreateAsync(editor, input);

        Assert.False(created.HasErrors, created.Body.ToString());
        var reference = created.Data.GetProperty("createAgreement").GetProperty("reference").GetString()!;
        var stored = await AgreementApi.ByReferenceAsync(editor, reference, Bases);
        Assert.Equal(["UkGdprArticle6E", "UkGdprArticle9H", "ChildrenAct2004"], stored.GetProperty("legalBases").EnumerateArray().Select(b => b.GetProperty("code").GetString()));
        Assert.Equal(["CHILDREN_ACT_2004"], stored.GetProperty("gateways").EnumerateArray().Select(g => g.GetString()));
        var page = WebUtility.HtmlDecode(await editor.GetStringAsync($"/library/{reference}"));
        Assert.Contains("UK GDPR Article 6(1): lawful basis", page);
        Assert.Contains("<li>UK GDPR Article 6(1)(e): public task</li>", page);
        var welsh = WebUtility.HtmlDecode(await editor.GetStringAsync($"/library/{reference}?culture=cy"));
        Assert.Contains("<li>GDPR y DU Erthygl 9(2)(h): iechyd neu ofal cymdeithasol</li>", welsh);
    }

    [Fact]
    public async Task An_unknown_code_is_refused_naming_it_and_changes_nothing()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var draft = (await AgreementApi.CreateAsync(editor, AgreementApi.NewDraft())).Data.GetProperty("createAgreement");
        var edit = AgreementApi.EditOf(draft, AgreementApi.NewDraft());
        edit["legalBasisCodes"] = new JsonArray("UkGdprArticle6E", "MadeUpAct2099");

        var response = await AgreementApi.UpdateAsync(editor, edit);

        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        Assert.Equal("input.gateways", response.ErrorField());
        Assert.Contains("MadeUpAct2099 is not on the list of legal bases.", response.Body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        var stored = await AgreementApi.ByReferenceAsync(editor, draft.GetProperty("reference").GetString()!, Bases);
        Assert.Equal(draft.GetProperty("version").GetInt32(), stored.GetProperty("version").GetInt32());
        Assert.Equal(["CrimeAndDisorderAct1998Section115"], stored.GetProperty("legalBases").EnumerateArray().Select(b => b.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_client_that_only_knows_the_gateways_enum_does_not_lose_the_other_bases()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var input = AgreementApi.NewDraft();
        input["legalBasisCodes"] = new JsonArray("UkGdprArticle6E", "ChildrenAct1989");
        var draft = (await AgreementApi.CreateAsync(editor, input)).Data.GetProperty("createAgreement");
        var edit = AgreementApi.EditOf(draft, AgreementApi.NewDraft());
        edit["gateways"] = new JsonArray("CHILDREN_ACT_2004");

        var response = await AgreementApi.UpdateAsync(editor, edit);

        Assert.False(response.HasErrors, response.Body.ToString());
        var stored = await AgreementApi.ByReferenceAsync(editor, draft.GetProperty("reference").GetString()!, Bases);
        Assert.Equal(["UkGdprArticle6E", "ChildrenAct2004"], stored.GetProperty("legalBases").EnumerateArray().Select(b => b.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task The_editor_offers_current_bases_by_group_and_saves_a_new_entry_from_the_list()
    {
        var team = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        Assert.False((await LegalBasesApi.AddAsync(team, "CareStandardsAct2000", "Care Standards Act 2000", "Deddf Safonau Gofal 2000", "STATUTORY_GATEWAY")).HasErrors);
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var draft = (await AgreementApi.CreateAsync(editor, AgreementApi.NewDraft())).Data.GetProperty("createAgreement");
        var reference = draft.GetProperty("reference").GetString()!;
        var path = $"/library/{reference}/edit/legal";

        var html = WebUtility.HtmlDecode(await editor.GetStringAsync(path));
        using var saved = await PostAsync(editor, path, html, "UkGdprArticle6E", "Dpa2018Schedule1Paragraph18", "CareStandardsAct2000");

        Assert.Contains("UK GDPR Article 9(2): special category data", html);
        Assert.Contains("Data Protection Act 2018, Schedule 1 conditions", html);
        Assert.Contains("value=\"WellbeingOfFutureGenerationsWalesAct2015\"", html);
        Assert.Contains("value=\"CareStandardsAct2000\"", html);
        Assert.DoesNotContain("value=\"DataProtectionAct1998\"", html);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await AgreementApi.ByReferenceAsync(editor, reference, Bases);
        Assert.Equal(["UkGdprArticle6E", "Dpa2018Schedule1Paragraph18", "CareStandardsAct2000"], stored.GetProperty("legalBases").EnumerateArray().Select(b => b.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task The_editor_refuses_a_code_not_on_the_list_at_422()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var draft = (await AgreementApi.CreateAsync(editor, AgreementApi.NewDraft())).Data.GetProperty("createAgreement");
        var reference = draft.GetProperty("reference").GetString()!;
        var path = $"/library/{reference}/edit/legal";

        using var response = await PostAsync(editor, path, await editor.GetStringAsync(path), "MadeUpAct2099");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("MadeUpAct2099 is not on the list of legal bases.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        var stored = await AgreementApi.ByReferenceAsync(editor, reference, Bases);
        Assert.Equal(draft.GetProperty("version").GetInt32(), stored.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task The_library_filters_and_counts_by_a_UK_GDPR_basis()
    {
        var anonymous = await fixture.StaffClientAsync(null);

        var response = await GraphQLClient.PostAsync(anonymous,
            "{ agreements(filter: { legalBases: [\"UK_GDPR_ARTICLE_9_H\"] }) { totalCount edges { node { reference } } facets { legalBases { value count } } } }");

        var agreements = response.Data.GetProperty("agreements");
        Assert.Equal(["ISP-2011-0001", "ISP-2011-0002", "ISP-2011-0003"], agreements.GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").GetProperty("reference").GetString()).Order());
        Assert.Contains(agreements.GetProperty("facets").GetProperty("legalBases").EnumerateArray(),
            f => f.GetProperty("value").GetString() == "UK_GDPR_ARTICLE_9_H" && f.GetProperty("count").GetInt32() == 3);
        var page = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/library?basis=UK_GDPR_ARTICLE_9_H"));
        Assert.Contains("UK GDPR Article 9(2)(h): health or social care", page);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string html, params string[] codes)
    {
        var fields = new List<KeyValuePair<string, string>>
        {
            new("__RequestVerificationToken", WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value)),
            new("Version", VersionField().Match(html).Groups[1].Value),
            new("DataCategories", "Demographic"),
        };
        fields.AddRange(codes.Select(c => new KeyValuePair<string, string>("Gateways", c)));
        return await client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
