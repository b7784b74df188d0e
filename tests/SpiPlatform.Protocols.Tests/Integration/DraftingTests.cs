using System.Text.Json.Nodes;
using SpiPlatform.TestKit;

namespace SpiPlatform.Protocols.Tests.Integration;

[Collection(ProtocolsCollection.Collection)]
public sealed class DraftingTests(ProtocolsFixture fixture) : IAsyncLifetime
{
    private HttpClient _editor = null!;
    private HttpClient _anonymous = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        _anonymous = fixture.Factory.CreateClient();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<int> DraftCountAsync()
    {
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var response = await GraphQLClient.PostAsync(programme, "{ agreements(filter: { statuses: [DRAFT] }) { totalCount } }");
        return response.Data.GetProperty("agreements").GetProperty("totalCount").GetInt32();
    }

    [Fact]
    public async Task An_organisation_editor_starts_a_draft_for_their_organisation_with_the_coordinator_as_partner()
    {
        var response = await AgreementApi.CreateAsync(_editor, AgreementApi.NewDraft());

        Assert.False(response.HasErrors, response.Body.ToString());
        var draft = response.Data.GetProperty("createAgreement");
        Assert.Equal("DRAFT", draft.GetProperty("status").GetString());
        Assert.Matches(@"^ISP-\d{4}-\d{4}$", draft.GetProperty("reference").GetString());
        Assert.Contains(draft.GetProperty("partners").EnumerateArray(), p => p.GetProperty("role").GetString() == "COORDINATOR"
            && p.GetProperty("organisationId").GetString() == AgreementApi.Torfaen.ToString());
    }

    [Fact]
    public async Task A_partner_client_with_protocols_write_may_start_a_draft_but_an_evaluator_may_not()
    {
        var partner = await OAuthTokens.GetAsync(_anonymous, OAuthTokens.Partner, OAuthTokens.PartnerSecret);
        var evaluator = await OAuthTokens.GetAsync(_anonymous, OAuthTokens.Evaluator, OAuthTokens.EvaluatorSecret);

        var allowed = await AgreementApi.CreateAsync(_anonymous, AgreementApi.NewDraft(), partner);
        var refused = await AgreementApi.CreateAsync(_anonymous, AgreementApi.NewDraft("Another protocol"), evaluator);
        var anonymous = await AgreementApi.CreateAsync(_anonymous, AgreementApi.NewDraft("A third protocol"));

        Assert.False(allowed.HasErrors, allowed.Body.ToString());
        Assert.Equal(["FORBIDDEN"], refused.ErrorCodes);
        Assert.Equal(["UNAUTHENTICATED"], anonymous.ErrorCodes);
    }

    [Fact]
    public async Task An_editor_cannot_start_a_draft_coordinated_by_another_organisation()
    {
        var input = AgreementApi.NewDraft();
        input["coordinatorId"] = AgreementApi.Police.ToString();

        var response = await AgreementApi.CreateAsync(_editor, input);

        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
    }

    [Theory]
    [InlineData("titleEn", "  ", "input.titleEn")]
    [InlineData("reviewDue", "2020-01-01", "input.reviewDue")]
    public async Task Bad_input_is_VALIDATION_FAILED_on_the_field_and_creates_nothing(string field, string value, string path)
    {
        var before = await DraftCountAsync();
        var input = AgreementApi.NewDraft();
        input[field] = value;

        var response = await AgreementApi.CreateAsync(_editor, input);

        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        Assert.Equal(path, response.ErrorField());
        Assert.Equal(before, await DraftCountAsync());
    }

    [Fact]
    public async Task A_partner_that_is_not_an_active_accord_signatory_is_refused()
    {
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var unsigned = await GraphQLClient.PostAsync(programme,
            "mutation { registerOrganisation(input: { nameEn: \"Blaenavon Youth Club\", sector: VOLUNTARY_SECTOR, areas: [TORFAEN] }) { id } }");
        var input = AgreementApi.NewDraft();
        input["partners"] = new JsonArray(new JsonObject { ["organisationId"] = unsigned.Data.GetProperty("registerOrganisation").GetProperty("id").GetString() });
        var before = await DraftCountAsync();

        var response = await AgreementApi.CreateAsync(_editor, input);

        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        Assert.Equal("input.partners[0].organisationId", response.ErrorField());
        Assert.Contains("not an active Accord signatory", response.Body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(before, await DraftCountAsync());
    }

    [Fact]
    public async Task An_edit_on_a_stale_version_is_a_CONFLICT_and_a_live_agreement_cannot_be_edited()
    {
        var draft = (await AgreementApi.CreateAsync(_editor, AgreementApi.NewDraft())).Data.GetProperty("createAgreement");
        var first = await AgreementApi.UpdateAsync(_editor, AgreementApi.EditOf(draft, AgreementApi.NewDraft("First title")));
        var stale = await AgreementApi.UpdateAsync(_editor, AgreementApi.EditOf(draft, AgreementApi.NewDraft("Second title")));
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var live = await AgreementApi.ByReferenceAsync(_anonymous, "ISP-2011-0001");
        var liveEdit = await AgreementApi.UpdateAsync(programme, AgreementApi.EditOf(live, AgreementApi.NewDraft("Hijacked")));

        Assert.Equal("First title", first.Data.GetProperty("updateAgreement").GetProperty("titleEn").GetString());
        Assert.Equal(["CONFLICT"], stale.ErrorCodes);
        Assert.Equal("input.version", stale.ErrorField());
        Assert.Equal(["CONFLICT"], liveEdit.ErrorCodes);
        Assert.Equal("Flying Start", (await AgreementApi.ByReferenceAsync(_anonymous, "ISP-2011-0001")).GetProperty("titleEn").GetString()![..12]);
    }

    [Fact]
    public async Task Flows_are_added_changed_and_removed_one_row_at_a_time()
    {
        var draft = (await AgreementApi.CreateAsync(_editor, AgreementApi.NewDraft())).Data.GetProperty("createAgreement");

        var added = (await AgreementApi.FlowAsync(_editor, "addFlow", AgreementApi.Flow(draft, AgreementApi.Police, AgreementApi.Torfaen))).Data.GetProperty("addFlow");
        var flowId = added.GetProperty("flows")[0].GetProperty("id").GetString();
        var changed = (await AgreementApi.FlowAsync(_editor, "updateFlow", new
        {
            flowId, version = added.GetProperty("version").GetInt32(), stage = "ASSESSMENT",
            fromOrganisationId = AgreementApi.Police, toOrganisationId = AgreementApi.HealthBoard,
            data = new[] { "RISKS" }, method = "MEETING", frequency = "Fortnightly",
        })).Data.GetProperty("updateFlow");
        var removed = (await AgreementApi.FlowAsync(_editor, "removeFlow", new { flowId, version = changed.GetProperty("version").GetInt32() })).Data.GetProperty("removeFlow");

        Assert.Equal("ASSESSMENT", changed.GetProperty("flows")[0].GetProperty("stage").GetString());
        Assert.Equal(0, removed.GetProperty("flows").GetArrayLength());
    }

    [Fact]
    public async Task A_flow_between_organisations_that_are_not_partners_is_refused()
    {
        var draft = (await AgreementApi.CreateAsync(_editor, AgreementApi.NewDraft())).Data.GetProperty("createAgreement");
        var stranger = SpiPlatform.Signatories.Contracts.DemoOrganisationIds.Of("Powys County Council");

        var response = await AgreementApi.FlowAsync(_editor, "addFlow", AgreementApi.Flow(draft, stranger, AgreementApi.Torfaen));

        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        Assert.Equal("input.fromOrganisationId", response.ErrorField());
    }

    [Fact]
    public async Task An_editor_of_an_organisation_outside_the_agreement_cannot_see_or_change_its_draft()
    {
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var input = AgreementApi.NewDraft();
        input["coordinatorId"] = AgreementApi.Police.ToString();
        input["partners"] = new JsonArray(new JsonObject { ["organisationId"] = AgreementApi.HealthBoard.ToString() });
        var draft = (await AgreementApi.CreateAsync(programme, input)).Data.GetProperty("createAgreement");

        var seenByEditor = await AgreementApi.ByReferenceAsync(_editor, draft.GetProperty("reference").GetString()!);
        var seenByPublic = await AgreementApi.ByReferenceAsync(_anonymous, draft.GetProperty("reference").GetString()!);
        var edit = await AgreementApi.UpdateAsync(_editor, AgreementApi.EditOf(draft, input));

        Assert.Equal(System.Text.Json.JsonValueKind.Null, seenByEditor.ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, seenByPublic.ValueKind);
        Assert.Equal(["NOT_FOUND"], edit.ErrorCodes);
    }
}
