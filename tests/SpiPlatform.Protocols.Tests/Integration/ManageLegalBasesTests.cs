using System.Net;
using SpiPlatform.TestKit;

namespace SpiPlatform.Protocols.Tests.Integration;

/// <summary>The programme team adds and retires legal bases without a release; everyone may read the list.</summary>
[Collection(ProtocolsCollection.Collection)]
public sealed class ManageLegalBasesTests(ProtocolsFixture fixture) : IAsyncLifetime
{
    private const string NewCode = "CareStandardsAct2000";

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Anyone_may_read_the_list_grouped_in_English_and_Welsh()
    {
        var anonymous = await fixture.StaffClientAsync(null);

        var list = await LegalBasesApi.ListAsync(anonymous);
        var english = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/library/legal-bases"));
        var welsh = WebUtility.HtmlDecode(await anonymous.GetStringAsync("/library/legal-bases?culture=cy"));

        Assert.Equal("UK_GDPR_ARTICLE_6", list[0].GetProperty("group").GetString());
        Assert.Contains(list, b => b.GetProperty("code").GetString() == "UkGdprArticle9H");
        Assert.Contains("UK GDPR Article 6(1): lawful basis", english);
        Assert.Contains("UK GDPR Article 9(2)(h): health or social care", english);
        Assert.Contains("Welsh statutes", english);
        Assert.Contains("Deddf Gwasanaethau Cymdeithasol a Llesiant (Cymru) 2014", welsh);
        Assert.Contains("Statudau Cymru", welsh);
        Assert.DoesNotContain("handler=add", english);
        Assert.DoesNotContain("handler=retire", english);
    }

    [Fact]
    public async Task The_programme_team_adds_a_basis_and_drafts_see_it_on_the_list()
    {
        var team = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);

        var response = await LegalBasesApi.AddAsync(team, NewCode, "Care Standards Act 2000", "Deddf Safonau Gofal 2000", "STATUTORY_GATEWAY");

        Assert.False(response.HasErrors, response.Body.ToString());
        var added = await LegalBasesApi.FindAsync(await fixture.StaffClientAsync(null), NewCode);
        Assert.True(added.GetProperty("current").GetBoolean());
        Assert.Equal("Deddf Safonau Gofal 2000", added.GetProperty("nameCy").GetString());
        Assert.Equal(1, added.GetProperty("version").GetInt32());
    }

    [Theory]
    [InlineData(null, "UNAUTHENTICATED")]
    [InlineData(StaffLogin.OrganisationEditor, "FORBIDDEN")]
    [InlineData(StaffLogin.QaReviewer, "FORBIDDEN")]
    [InlineData(StaffLogin.Evaluator, "FORBIDDEN")]
    public async Task No_one_but_the_programme_team_may_add_or_retire(string? who, string code)
    {
        var client = await fixture.StaffClientAsync(who);
        var before = await LegalBasesApi.FindAsync(client, "ChildrenAct1989");

        var add = await LegalBasesApi.AddAsync(client, NewCode, "Care Standards Act 2000", "Deddf Safonau Gofal 2000", "STATUTORY_GATEWAY");
        var retire = await LegalBasesApi.RetireAsync(client, "ChildrenAct1989", before.GetProperty("version").GetInt32());

        Assert.Equal([code], add.ErrorCodes);
        Assert.Equal([code], retire.ErrorCodes);
        Assert.DoesNotContain(await LegalBasesApi.ListAsync(client, includeRetired: true), b => b.GetProperty("code").GetString() == NewCode);
        Assert.True((await LegalBasesApi.FindAsync(client, "ChildrenAct1989")).GetProperty("current").GetBoolean());
    }

    [Theory]
    [InlineData("careStandards", "Care Standards Act 2000", "Deddf Safonau Gofal 2000", "input.code")]
    [InlineData("Care_Standards", "Care Standards Act 2000", "Deddf Safonau Gofal 2000", "input.code")]
    [InlineData("ChildrenAct1989", "Children Act 1989 again", "Deddf Plant 1989 eto", "input.code")]
    [InlineData(NewCode, " ", "Deddf Safonau Gofal 2000", "input.nameEn")]
    [InlineData(NewCode, "Care Standards Act 2000", "", "input.nameCy")]
    public async Task Bad_input_is_refused_with_its_field_and_changes_nothing(string code, string nameEn, string nameCy, string field)
    {
        var team = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var before = await LegalBasesApi.ListAsync(team, includeRetired: true);

        var response = await LegalBasesApi.AddAsync(team, code, nameEn, nameCy, "STATUTORY_GATEWAY");

        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        Assert.Equal(field, response.ErrorField());
        var after = await LegalBasesApi.ListAsync(team, includeRetired: true);
        Assert.Equal(before.Select(b => b.ToString()), after.Select(b => b.ToString()));
    }

    [Fact]
    public async Task Retiring_an_unknown_code_or_at_a_stale_version_is_refused()
    {
        var team = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var version = (await LegalBasesApi.FindAsync(team, "HousingAct1996")).GetProperty("version").GetInt32();

        var unknown = await LegalBasesApi.RetireAsync(team, "NoSuchAct1900", 1);
        var stale = await LegalBasesApi.RetireAsync(team, "HousingAct1996", version + 1);

        Assert.Equal(["NOT_FOUND"], unknown.ErrorCodes);
        Assert.Equal(["CONFLICT"], stale.ErrorCodes);
        Assert.Equal("input.version", stale.ErrorField());
        Assert.True((await LegalBasesApi.FindAsync(team, "HousingAct1996")).GetProperty("current").GetBoolean());
    }

    [Fact]
    public async Task Two_people_retiring_the_same_version_at_once_one_wins_and_one_gets_a_conflict()
    {
        var first = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var second = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var version = (await LegalBasesApi.FindAsync(first, "EducationAct2002")).GetProperty("version").GetInt32();

        var answers = await Task.WhenAll(LegalBasesApi.RetireAsync(first, "EducationAct2002", version), LegalBasesApi.RetireAsync(second, "EducationAct2002", version));

        Assert.Single(answers, a => !a.HasErrors);
        Assert.Single(answers, a => a.ErrorCodes.SequenceEqual(["CONFLICT"]));
        var stored = await LegalBasesApi.FindAsync(first, "EducationAct2002");
        Assert.Equal(version + 1, stored.GetProperty("version").GetInt32());
        Assert.False(stored.GetProperty("current").GetBoolean());
    }

    [Fact]
    public async Task A_retired_basis_is_no_longer_offered_to_a_draft_but_stays_on_agreements_citing_it()
    {
        var team = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var version = (await LegalBasesApi.FindAsync(team, "ChildrenAct1989")).GetProperty("version").GetInt32();
        Assert.False((await LegalBasesApi.RetireAsync(team, "ChildrenAct1989", version)).HasErrors);
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var draft = (await AgreementApi.CreateAsync(editor, AgreementApi.NewDraft())).Data.GetProperty("createAgreement");
        var citing = AgreementApi.NewDraft("A draft citing a retired Act");
        citing["gateways"] = new System.Text.Json.Nodes.JsonArray("CHILDREN_ACT_1989");

        var editorPage = await editor.GetStringAsync($"/library/{draft.GetProperty("reference").GetString()}/edit/legal");
        var refused = await AgreementApi.CreateAsync(editor, citing);
        var agreementPage = WebUtility.HtmlDecode(await team.GetStringAsync("/library/ISP-2011-0001"));

        Assert.DoesNotContain("value=\"ChildrenAct1989\"", editorPage);
        Assert.Contains("value=\"ChildrenAct2004\"", editorPage);
        Assert.Equal(["VALIDATION_FAILED"], refused.ErrorCodes);
        Assert.Equal("input.gateways", refused.ErrorField());
        Assert.Contains("<li>Children Act 1989</li>", agreementPage);
        Assert.DoesNotContain(await LegalBasesApi.ListAsync(team), b => b.GetProperty("code").GetString() == "ChildrenAct1989");
    }

    [Fact]
    public async Task The_page_adds_and_retires_without_JavaScript()
    {
        var team = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);

        using var added = await LegalBasesApi.PostPageAsync(team, "add", new()
        {
            ["Code"] = NewCode, ["NameEn"] = "Care Standards Act 2000", ["NameCy"] = "Deddf Safonau Gofal 2000", ["Group"] = "StatutoryGateway",
        });
        var version = (await LegalBasesApi.FindAsync(team, NewCode)).GetProperty("version").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var retired = await LegalBasesApi.PostPageAsync(team, "retire", new() { ["Code"] = NewCode, ["Version"] = version });
        var page = WebUtility.HtmlDecode(await team.GetStringAsync("/library/legal-bases?retired=true"));

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, retired.StatusCode);
        Assert.False((await LegalBasesApi.FindAsync(team, NewCode)).GetProperty("current").GetBoolean());
        Assert.Contains("Care Standards Act 2000", page);
        Assert.Contains("Retired on", page);
    }

    [Fact]
    public async Task The_page_shows_bad_input_again_with_its_messages_at_422_and_adds_nothing()
    {
        var team = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);

        using var response = await LegalBasesApi.PostPageAsync(team, "add", new() { ["Code"] = "not a code", ["NameEn"] = "", ["NameCy"] = "Deddf", ["Group"] = "" });
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Enter a code of letters and digits in PascalCase", html);
        Assert.Contains("Enter the basis's name in English", html);
        Assert.Contains("Choose the group the basis belongs to.", html);
        Assert.Contains("value=\"not a code\"", html);
        Assert.DoesNotContain(await LegalBasesApi.ListAsync(team, includeRetired: true), b => b.GetProperty("code").GetString() == "not a code");
    }

    [Theory]
    [InlineData(null)]
    [InlineData(StaffLogin.OrganisationEditor)]
    public async Task The_page_refuses_others_changes(string? who)
    {
        var client = await fixture.StaffClientAsync(who);

        using var response = await LegalBasesApi.PostPageAsync(client, "add", new()
        {
            ["Code"] = NewCode, ["NameEn"] = "Care Standards Act 2000", ["NameCy"] = "Deddf Safonau Gofal 2000", ["Group"] = "StatutoryGateway",
        });

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(await LegalBasesApi.ListAsync(client, includeRetired: true), b => b.GetProperty("code").GetString() == NewCode);
    }
}
