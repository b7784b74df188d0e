using System.Net;
using System.Text.RegularExpressions;
using SpiPlatform.TestKit;

namespace SpiPlatform.Protocols.Tests.Integration;

[Collection(ProtocolsCollection.Collection)]
public sealed partial class DraftEditorPagesTests(ProtocolsFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Two_people_saving_the_same_step_do_not_overwrite_each_other()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var draft = (await AgreementApi.CreateAsync(editor, AgreementApi.NewDraft())).Data.GetProperty("createAgreement");
        var path = $"/library/{draft.GetProperty("reference").GetString()}/edit/basics";
        var editorForm = await FormAsync(editor, path);
        var programmeForm = await FormAsync(programme, path);

        using var first = await programme.PostAsync(path, Post(programmeForm, "Title saved first"));
        using var second = await editor.PostAsync(path, Post(editorForm, "Title saved second"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Contains("Someone else changed this agreement", WebUtility.HtmlDecode(await second.Content.ReadAsStringAsync()));
        var stored = await AgreementApi.ByReferenceAsync(editor, draft.GetProperty("reference").GetString()!);
        Assert.Equal("Title saved first", stored.GetProperty("titleEn").GetString());
    }

    [Fact]
    public async Task An_editor_outside_the_agreement_cannot_open_its_editor()
    {
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var input = AgreementApi.NewDraft();
        input["coordinatorId"] = AgreementApi.Police.ToString();
        input["partners"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["organisationId"] = AgreementApi.HealthBoard.ToString() });
        var draft = (await AgreementApi.CreateAsync(programme, input)).Data.GetProperty("createAgreement");

        using var response = await editor.GetAsync($"/library/{draft.GetProperty("reference").GetString()}/edit/basics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_blank_agreement_starts_with_the_basics_and_goes_on_to_partners()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var html = await editor.GetStringAsync("/library/new");

        using var response = await editor.PostAsync("/library/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value),
            ["Kind"] = "Dda",
            ["TitleEn"] = "Torfaen Council Tax Disclosure Agreement",
            ["ServiceArea"] = "Other",
            ["ReviewDue"] = DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd"),
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Matches(@"^/library/DDA-\d{4}-\d{4}/edit/partners$", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task A_draft_without_a_legal_basis_is_saved_but_cannot_be_submitted()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var input = AgreementApi.NewDraft();
        input["gateways"] = new System.Text.Json.Nodes.JsonArray();
        var draft = (await AgreementApi.CreateAsync(editor, input)).Data.GetProperty("createAgreement");
        var withFlow = (await AgreementApi.FlowAsync(editor, "addFlow", AgreementApi.Flow(draft, AgreementApi.Police, AgreementApi.Torfaen))).Data.GetProperty("addFlow");

        var submitted = await AgreementApi.SubmitAsync(editor, withFlow);

        Assert.Equal(["VALIDATION_FAILED"], submitted.ErrorCodes);
        Assert.Equal("agreement.gateways", submitted.ErrorField());
        var stored = await AgreementApi.ByReferenceAsync(editor, draft.GetProperty("reference").GetString()!);
        Assert.Equal("DRAFT", stored.GetProperty("status").GetString());
    }

    private static async Task<Dictionary<string, string>> FormAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        return new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value),
            ["Version"] = VersionField().Match(html).Groups[1].Value,
        };
    }

    private static FormUrlEncodedContent Post(Dictionary<string, string> form, string title) => new(new Dictionary<string, string>(form)
    {
        ["Kind"] = "Isp",
        ["TitleEn"] = title,
        ["ServiceArea"] = "CommunitySafety",
        ["Regions"] = "Torfaen",
        ["ReviewDue"] = DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd"),
    });

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
