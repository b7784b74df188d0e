using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.TestKit;

namespace SpiPlatform.Protocols.Tests.Integration;

[Collection(ProtocolsCollection.Collection)]
public sealed class VersionsAndReuseTests(ProtocolsFixture fixture) : IAsyncLifetime
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

    [Fact]
    public async Task Each_submission_is_an_immutable_version_and_the_diff_shows_fields_and_flows()
    {
        var draft = (await AgreementApi.CreateAsync(_editor, AgreementApi.NewDraft())).Data.GetProperty("createAgreement");
        var withFlow = (await AgreementApi.FlowAsync(_editor, "addFlow", AgreementApi.Flow(draft, AgreementApi.Police, AgreementApi.Torfaen))).Data.GetProperty("addFlow");
        var firstFlow = withFlow.GetProperty("flows")[0].GetProperty("id").GetString();
        var submitted = (await AgreementApi.SubmitAsync(_editor, withFlow)).Data.GetProperty("submitForQualityAssurance");
        Assert.Equal("IN_QUALITY_ASSURANCE", submitted.GetProperty("status").GetString());

        // The WASPI team returns it (the QA module will do this through IProtocolsApi).
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var problem = await scope.ServiceProvider.GetRequiredService<IProtocolsApi>().TransitionAsync(
                Guid.Parse(draft.GetProperty("id").GetString()!), AgreementStatus.Draft, "staff:qa@demo.spi.wales", "Add the assessment stage", CancellationToken.None);
            Assert.Null(problem);
        }
        var returned = await AgreementApi.ByReferenceAsync(_editor, draft.GetProperty("reference").GetString()!);
        var edited = (await AgreementApi.UpdateAsync(_editor, AgreementApi.EditOf(returned, AgreementApi.NewDraft("Torfaen Youth Justice Information Sharing Protocol")))).Data.GetProperty("updateAgreement");
        var added = (await AgreementApi.FlowAsync(_editor, "addFlow", AgreementApi.Flow(edited, AgreementApi.HealthBoard, AgreementApi.Torfaen, "ASSESSMENT"))).Data.GetProperty("addFlow");
        var removed = (await AgreementApi.FlowAsync(_editor, "removeFlow", new { flowId = firstFlow, version = added.GetProperty("version").GetInt32() })).Data.GetProperty("removeFlow");
        await AgreementApi.SubmitAsync(_editor, removed);

        var diff = await GraphQLClient.PostAsync(_editor,
            "query($id: ID!) { agreementDiff(id: $id, from: 1, to: 3) { fields { field before after } flows { change } } }", variables: new { id = draft.GetProperty("id").GetString() });

        Assert.False(diff.HasErrors, diff.Body.ToString());
        var result = diff.Data.GetProperty("agreementDiff");
        var title = Assert.Single(result.GetProperty("fields").EnumerateArray(), f => f.GetProperty("field").GetString() == "titleEn");
        Assert.Equal("Torfaen Youth Offending Information Sharing Protocol", title.GetProperty("before").GetString());
        Assert.Equal("Torfaen Youth Justice Information Sharing Protocol", title.GetProperty("after").GetString());
        Assert.Equal(["Added", "Removed"], result.GetProperty("flows").EnumerateArray().Select(f => f.GetProperty("change").GetString()!).Order());
        var versions = await AgreementApi.ByReferenceAsync(_editor, draft.GetProperty("reference").GetString()!, "versions { number status }");
        Assert.Equal(["IN_QUALITY_ASSURANCE", "DRAFT", "IN_QUALITY_ASSURANCE"], versions.GetProperty("versions").EnumerateArray().Select(v => v.GetProperty("status").GetString()!));
    }

    [Fact]
    public async Task Submitting_a_draft_without_flows_is_refused()
    {
        var draft = (await AgreementApi.CreateAsync(_editor, AgreementApi.NewDraft())).Data.GetProperty("createAgreement");

        var response = await AgreementApi.SubmitAsync(_editor, draft);

        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
    }

    [Fact]
    public async Task An_illegal_lifecycle_move_is_refused_and_changes_nothing()
    {
        var live = await AgreementApi.ByReferenceAsync(_anonymous, "ISP-2011-0003");
        await using var scope = fixture.Factory.Services.CreateAsyncScope();

        var problem = await scope.ServiceProvider.GetRequiredService<IProtocolsApi>().TransitionAsync(
            Guid.Parse(live.GetProperty("id").GetString()!), AgreementStatus.InQualityAssurance, "test", null, CancellationToken.None);

        Assert.NotNull(problem);
        Assert.Equal("LIVE", (await AgreementApi.ByReferenceAsync(_anonymous, "ISP-2011-0003")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Starting_a_draft_from_an_agreement_keeps_the_lineage_both_ways()
    {
        var marac = await AgreementApi.ByReferenceAsync(_anonymous, "ISP-2012-0001", "flows { id }");

        var derived = await AgreementApi.DeriveAsync(_editor, marac.GetProperty("id").GetString()!);

        Assert.False(derived.HasErrors, derived.Body.ToString());
        var draft = derived.Data.GetProperty("deriveAgreement");
        Assert.Equal("DRAFT", draft.GetProperty("status").GetString());
        Assert.Equal("ISP-2012-0001", draft.GetProperty("derivedFrom").GetProperty("reference").GetString());
        Assert.Contains(draft.GetProperty("partners").EnumerateArray(), p => p.GetProperty("role").GetString() == "COORDINATOR"
            && p.GetProperty("organisationId").GetString() == AgreementApi.Torfaen.ToString());
        var seenByEditor = await AgreementApi.ByReferenceAsync(_editor, "ISP-2012-0001", "derivedAgreements { reference }");
        var seenByPublic = await AgreementApi.ByReferenceAsync(_anonymous, "ISP-2012-0001", "derivedAgreements { reference }");
        Assert.Contains(seenByEditor.GetProperty("derivedAgreements").EnumerateArray(), d => d.GetProperty("reference").GetString() == draft.GetProperty("reference").GetString());
        Assert.Equal(0, seenByPublic.GetProperty("derivedAgreements").GetArrayLength());
    }
}
