using SpiPlatform.TestKit;

namespace SpiPlatform.Signatories.Tests.Integration;

[Collection(SignatoriesCollection.Collection)]
public sealed class UpdateOrganisationTests(SignatoriesFixture fixture) : IAsyncLifetime
{
    private HttpClient _anonymous = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _anonymous = fixture.Factory.CreateClient();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static object Edit(System.Text.Json.JsonElement org, string website, int? version = null) => new
    {
        id = org.GetProperty("id").GetString(),
        version = version ?? org.GetProperty("version").GetInt32(),
        nameEn = org.GetProperty("nameEn").GetString(),
        nameCy = org.GetProperty("nameCy").GetString(),
        sector = org.GetProperty("sector").GetString(),
        areas = org.GetProperty("areas").EnumerateArray().Select(a => a.GetString()).ToArray(),
        odsCode = org.GetProperty("odsCode").GetString(),
        website,
    };

    [Fact]
    public async Task An_editor_updates_their_own_organisation_and_the_history_shows_before_and_after()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var torfaen = await RegisterApi.FindByNameAsync(_anonymous, "Torfaen County Borough Council");

        var response = await RegisterApi.UpdateAsync(editor, Edit(torfaen, "https://www.torfaen.gov.uk"));

        Assert.False(response.HasErrors, response.Body.ToString());
        var updated = response.Node("updateOrganisation");
        Assert.Equal(torfaen.GetProperty("version").GetInt32() + 1, updated.GetProperty("version").GetInt32());
        var history = await RegisterApi.GetAsync(editor, torfaen.GetProperty("id").GetString()!, "history { action changedFields before after }");
        var last = history.Node("organisation").GetProperty("history").EnumerateArray().Last();
        Assert.Equal("Updated", last.GetProperty("action").GetString());
        Assert.Equal(["website"], last.GetProperty("changedFields").EnumerateArray().Select(f => f.GetString()!));
        Assert.Contains("https://www.torfaen.gov.uk", last.GetProperty("after").GetString());
    }

    [Fact]
    public async Task An_editor_of_one_organisation_cannot_change_another_and_nothing_changes()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var police = await RegisterApi.FindByNameAsync(_anonymous, "South Wales Police");

        var response = await RegisterApi.UpdateAsync(editor, Edit(police, "https://attacker.example.com"));

        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
        var after = await RegisterApi.FindByNameAsync(_anonymous, "South Wales Police");
        Assert.Equal(police.GetProperty("version").GetInt32(), after.GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task An_edit_made_on_a_stale_version_is_a_CONFLICT_and_keeps_the_other_persons_change()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var torfaen = await RegisterApi.FindByNameAsync(_anonymous, "Torfaen County Borough Council");

        var first = await RegisterApi.UpdateAsync(programme, Edit(torfaen, "https://first.example.org"));
        var second = await RegisterApi.UpdateAsync(editor, Edit(torfaen, "https://second.example.org"));

        Assert.False(first.HasErrors);
        Assert.Equal(["CONFLICT"], second.ErrorCodes);
        Assert.Equal("input.version", second.ErrorField());
        var stored = await RegisterApi.GetAsync(_anonymous, torfaen.GetProperty("id").GetString()!, "website");
        Assert.Equal("https://first.example.org", stored.Node("organisation").GetProperty("website").GetString());
    }

    [Fact]
    public async Task Contact_details_and_history_need_read_access()
    {
        var torfaen = await RegisterApi.FindByNameAsync(_anonymous, "Torfaen County Borough Council");
        var token = await OAuthTokens.GetAsync(_anonymous, OAuthTokens.Evaluator, OAuthTokens.EvaluatorSecret);

        var anonymous = await RegisterApi.GetAsync(_anonymous, torfaen.GetProperty("id").GetString()!, "designatedPerson { email } history { action }");
        var evaluator = await RegisterApi.GetAsync(_anonymous, torfaen.GetProperty("id").GetString()!, "designatedPerson { email } history { action }", token);

        Assert.Equal(["UNAUTHENTICATED", "UNAUTHENTICATED"], anonymous.ErrorCodes);
        Assert.Equal("Torfaen County Borough Council", anonymous.Node("organisation").GetProperty("nameEn").GetString());
        Assert.False(evaluator.HasErrors, evaluator.Body.ToString());
    }

    [Fact]
    public async Task An_editor_names_the_designated_person_and_a_malformed_email_changes_nothing()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var torfaen = await RegisterApi.FindByNameAsync(_anonymous, "Torfaen County Borough Council");
        const string mutation = "mutation($input: NameDesignatedPersonInput!) { nameDesignatedPerson(input: $input) { version designatedPerson { name email } } }";
        object Input(string email) => new
        {
            organisationId = torfaen.GetProperty("id").GetString(), version = torfaen.GetProperty("version").GetInt32(),
            name = "Siân Roberts", role = "Data Protection Officer", email,
        };

        var bad = await GraphQLClient.PostAsync(editor, mutation, variables: new { input = Input("not-an-email") });
        var good = await GraphQLClient.PostAsync(editor, mutation, variables: new { input = Input("dpo@torfaen.example.org") });

        Assert.Equal(["VALIDATION_FAILED"], bad.ErrorCodes);
        Assert.Equal("input.email", bad.ErrorField());
        Assert.False(good.HasErrors, good.Body.ToString());
        Assert.Equal("Siân Roberts", good.Node("nameDesignatedPerson").GetProperty("designatedPerson").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_stale_edit_form_is_re_rendered_with_the_conflict_and_keeps_the_other_change()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var torfaen = await RegisterApi.FindByNameAsync(_anonymous, "Torfaen County Borough Council");
        var id = torfaen.GetProperty("id").GetString();
        var token = await StaffLogin.AntiforgeryTokenAsync(editor, $"/signatories/{id}/edit");
        await RegisterApi.UpdateAsync(programme, Edit(torfaen, "https://first.example.org"));

        using var response = await editor.PostAsync($"/signatories/{id}/edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Version"] = torfaen.GetProperty("version").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.NameEn"] = "Torfaen County Borough Council",
            ["Form.Sector"] = "LocalAuthority",
            ["Form.Areas"] = "Torfaen",
            ["Form.OdsCode"] = "",
            ["Form.Website"] = "https://second.example.org",
        }));

        Assert.Equal(System.Net.HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Someone else changed this organisation", await response.Content.ReadAsStringAsync());
        var stored = await RegisterApi.GetAsync(_anonymous, id!, "website");
        Assert.Equal("https://first.example.org", stored.Node("organisation").GetProperty("website").GetString());
    }

    [Fact]
    public async Task In_welsh_a_stale_edit_is_explained_in_welsh_with_the_versions()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var torfaen = await RegisterApi.FindByNameAsync(_anonymous, "Torfaen County Borough Council");
        var id = torfaen.GetProperty("id").GetString();
        var version = torfaen.GetProperty("version").GetInt32();
        var token = await StaffLogin.AntiforgeryTokenAsync(editor, $"/signatories/{id}/edit");
        await RegisterApi.UpdateAsync(programme, Edit(torfaen, "https://first.example.org"));

        using var response = await editor.PostAsync($"/signatories/{id}/edit?culture=cy", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Version"] = version.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Form.NameEn"] = "Torfaen County Borough Council",
            ["Form.Sector"] = "LocalAuthority",
            ["Form.Areas"] = "Torfaen",
        }));

        var html = System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"Newidiodd rhywun arall y sefydliad hwn (mae bellach ar fersiwn {version + 1}, roedd gennych fersiwn {version})", html);
    }
}
