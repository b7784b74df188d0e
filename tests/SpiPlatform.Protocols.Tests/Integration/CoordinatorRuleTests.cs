using System.Net;
using System.Text.RegularExpressions;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.TestKit;

namespace SpiPlatform.Protocols.Tests.Integration;

/// <summary>One rule picks the coordinator of a new draft, whether it is started blank or from another agreement, by page or by API.</summary>
[Collection(ProtocolsCollection.Collection)]
public sealed partial class CoordinatorRuleTests(ProtocolsFixture fixture) : IAsyncLifetime
{
    private const string GwentFrailty = "ISP-2011-0002";

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_editor_who_names_no_coordinator_over_graphql_coordinates_the_draft_as_on_the_page()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var input = AgreementApi.NewDraft();
        input.Remove("coordinatorId");

        var response = await AgreementApi.CreateAsync(editor, input);

        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.Equal(AgreementApi.Torfaen.ToString(), await CoordinatorAsync(editor, response.Data.GetProperty("createAgreement").GetProperty("reference").GetString()!));
    }

    [Fact]
    public async Task An_editor_starting_a_blank_draft_on_the_page_coordinates_it()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var token = await StaffLogin.AntiforgeryTokenAsync(editor, "/library/new");

        using var response = await editor.PostAsync("/library/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Kind"] = "Isp",
            ["TitleEn"] = "Torfaen Youth Offending Information Sharing Protocol",
            ["ServiceArea"] = "CommunitySafety",
            ["ReviewDue"] = DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd"),
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var reference = Reference().Match(response.Headers.Location!.OriginalString).Value;
        Assert.Equal(AgreementApi.Torfaen.ToString(), await CoordinatorAsync(editor, reference));
    }

    [Fact]
    public async Task An_editor_reusing_another_organisations_agreement_coordinates_the_new_draft()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var source = await AgreementApi.ByReferenceAsync(editor, GwentFrailty);

        var derived = await AgreementApi.DeriveAsync(editor, source.GetProperty("id").GetString()!);

        Assert.False(derived.HasErrors, derived.Body.ToString());
        Assert.Equal(AgreementApi.Torfaen.ToString(), await CoordinatorAsync(editor, derived.Data.GetProperty("deriveAgreement").GetProperty("reference").GetString()!));
    }

    [Fact]
    public async Task Staff_without_an_organisation_reusing_an_agreement_keep_its_coordinator_but_must_name_one_for_a_blank_draft()
    {
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var source = await AgreementApi.ByReferenceAsync(programme, GwentFrailty);
        var blank = AgreementApi.NewDraft();
        blank.Remove("coordinatorId");

        var derived = await AgreementApi.DeriveAsync(programme, source.GetProperty("id").GetString()!);
        var created = await AgreementApi.CreateAsync(programme, blank);

        Assert.False(derived.HasErrors, derived.Body.ToString());
        Assert.Equal(DemoOrganisationIds.Of("Aneurin Bevan Health Board").ToString(),
            await CoordinatorAsync(programme, derived.Data.GetProperty("deriveAgreement").GetProperty("reference").GetString()!));
        Assert.Equal(["VALIDATION_FAILED"], created.ErrorCodes);
        Assert.Equal("input.coordinatorId", created.ErrorField());
    }

    private static async Task<string> CoordinatorAsync(HttpClient client, string reference)
        => (await AgreementApi.ByReferenceAsync(client, reference, "coordinator { id }")).GetProperty("coordinator").GetProperty("id").GetString()!;

    [GeneratedRegex(@"(ISP|DDA)-\d{4}-\d{4}")]
    private static partial Regex Reference();
}
