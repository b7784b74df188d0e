using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.Protocols.Data;
using SpiPlatform.TestKit;

namespace SpiPlatform.Protocols.Tests.Integration;

/// <summary>The Data Protection Act 1998 was repealed: it stays on historic agreements, marked as such, and cannot be chosen for a new draft.</summary>
[Collection(ProtocolsCollection.Collection)]
public sealed partial class RepealedLawTests(ProtocolsFixture fixture) : IAsyncLifetime
{
    private const string RepealedTitle = "Blaenau Gwent Repealed Law Protocol";

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_new_draft_cannot_cite_the_Data_Protection_Act_1998_through_GraphQL()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var input = AgreementApi.NewDraft(RepealedTitle);
        input["gateways"] = new JsonArray("CHILDREN_ACT_1989", "DATA_PROTECTION_ACT_1998");

        var response = await AgreementApi.CreateAsync(editor, input);

        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        Assert.Equal("input.gateways", response.ErrorField());
        Assert.Equal(0, await CountTitledAsync(RepealedTitle));
    }

    [Fact]
    public async Task A_draft_that_did_not_cite_it_cannot_add_it_through_GraphQL()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var draft = (await AgreementApi.CreateAsync(editor, AgreementApi.NewDraft())).Data.GetProperty("createAgreement");
        var edit = AgreementApi.EditOf(draft, AgreementApi.NewDraft());
        edit["gateways"] = new JsonArray("DATA_PROTECTION_ACT_1998");

        var response = await AgreementApi.UpdateAsync(editor, edit);

        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        Assert.Equal("input.gateways", response.ErrorField());
        var stored = await AgreementApi.ByReferenceAsync(editor, draft.GetProperty("reference").GetString()!, "gateways");
        Assert.Equal(draft.GetProperty("version").GetInt32(), stored.GetProperty("version").GetInt32());
        Assert.DoesNotContain("DATA_PROTECTION_ACT_1998", stored.GetProperty("gateways").EnumerateArray().Select(g => g.GetString()));
    }

    [Fact]
    public async Task The_draft_editor_does_not_offer_it_and_refuses_it_when_posted()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var draft = (await AgreementApi.CreateAsync(editor, AgreementApi.NewDraft())).Data.GetProperty("createAgreement");
        var reference = draft.GetProperty("reference").GetString()!;
        var path = $"/library/{reference}/edit/legal";
        var html = await editor.GetStringAsync(path);
        Assert.DoesNotContain("value=\"DataProtectionAct1998\"", html);
        Assert.Contains("value=\"ChildrenAct1989\"", html);

        using var response = await editor.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value),
            ["Version"] = VersionField().Match(html).Groups[1].Value,
            ["DataCategories"] = "Demographic",
            ["Gateways"] = "DataProtectionAct1998",
        }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("The Data Protection Act 1998 was repealed", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        var stored = await AgreementApi.ByReferenceAsync(editor, reference, "gateways dataCategories");
        Assert.Equal(draft.GetProperty("version").GetInt32(), stored.GetProperty("version").GetInt32());
        Assert.DoesNotContain("DATA_PROTECTION_ACT_1998", stored.GetProperty("gateways").EnumerateArray().Select(g => g.GetString()));
    }

    [Fact]
    public async Task A_historic_agreement_still_shows_its_basis_marked_repealed()
    {
        var reader = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);

        var stored = await AgreementApi.ByReferenceAsync(reader, "ISP-2012-0001", "gateways");
        var english = WebUtility.HtmlDecode(await reader.GetStringAsync("/library/ISP-2012-0001"));
        var welsh = WebUtility.HtmlDecode(await reader.GetStringAsync("/library/ISP-2012-0001?culture=cy"));

        Assert.Contains("DATA_PROTECTION_ACT_1998", stored.GetProperty("gateways").EnumerateArray().Select(g => g.GetString()));
        Assert.Contains("Data Protection Act 1998 (repealed)", english);
        Assert.Contains("Deddf Diogelu Data 1998 (wedi'i diddymu)", welsh);
    }

    [Fact]
    public async Task A_draft_derived_from_a_historic_agreement_keeps_only_current_law()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var source = await AgreementApi.ByReferenceAsync(editor, "ISP-2012-0001", "gateways");

        var derived = (await AgreementApi.DeriveAsync(editor, source.GetProperty("id").GetString()!)).Data.GetProperty("deriveAgreement");

        var stored = await AgreementApi.ByReferenceAsync(editor, derived.GetProperty("reference").GetString()!, "gateways");
        var gateways = stored.GetProperty("gateways").EnumerateArray().Select(g => g.GetString()).ToList();
        Assert.DoesNotContain("DATA_PROTECTION_ACT_1998", gateways);
        Assert.Contains("CRIME_AND_DISORDER_ACT_1998_SECTION_115", gateways);
    }

    private async Task<int> CountTitledAsync(string title)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ProtocolsDbContext>().Agreements.CountAsync(a => a.TitleEn == title);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("name=\"Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
