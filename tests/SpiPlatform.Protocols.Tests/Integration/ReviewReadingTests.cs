using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.TestKit;

namespace SpiPlatform.Protocols.Tests.Integration;

/// <summary>What the QA module reads through <see cref="IProtocolsApi"/>: a frozen version for review, and the diff between two.</summary>
[Collection(ProtocolsCollection.Collection)]
public sealed class ReviewReadingTests(ProtocolsFixture fixture) : IAsyncLifetime
{
    private HttpClient _editor = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Submitted as version 1, returned (2), retitled with a health board flow instead of the police one, submitted again (3).</summary>
    private async Task<Guid> SubmittedTwiceAsync()
    {
        var draft = (await AgreementApi.CreateAsync(_editor, AgreementApi.NewDraft())).Data.GetProperty("createAgreement");
        var withFlow = (await AgreementApi.FlowAsync(_editor, "addFlow", AgreementApi.Flow(draft, AgreementApi.Police, AgreementApi.Torfaen))).Data.GetProperty("addFlow");
        var firstFlow = withFlow.GetProperty("flows")[0].GetProperty("id").GetString();
        await AgreementApi.SubmitAsync(_editor, withFlow);
        var id = Guid.Parse(draft.GetProperty("id").GetString()!);
        Assert.Null(await UseApiAsync(api => api.TransitionAsync(id, AgreementStatus.Draft, "staff:qa@demo.spi.wales", "Add the assessment stage", CancellationToken.None)));
        var returned = await AgreementApi.ByReferenceAsync(_editor, draft.GetProperty("reference").GetString()!);
        var edited = (await AgreementApi.UpdateAsync(_editor, AgreementApi.EditOf(returned, AgreementApi.NewDraft("Torfaen Youth Justice Information Sharing Protocol")))).Data.GetProperty("updateAgreement");
        var added = (await AgreementApi.FlowAsync(_editor, "addFlow", AgreementApi.Flow(edited, AgreementApi.HealthBoard, AgreementApi.Torfaen, "ASSESSMENT"))).Data.GetProperty("addFlow");
        var removed = (await AgreementApi.FlowAsync(_editor, "removeFlow", new { flowId = firstFlow, version = added.GetProperty("version").GetInt32() })).Data.GetProperty("removeFlow");
        Assert.False((await AgreementApi.SubmitAsync(_editor, removed)).HasErrors);
        return id;
    }

    private async Task<T> UseApiAsync<T>(Func<IProtocolsApi, Task<T>> work)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<IProtocolsApi>());
    }

    private static async Task<T> InCultureAsync<T>(string culture, Func<Task<T>> work)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo(culture);
        try
        {
            return await work();
        }
        finally
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public async Task The_diff_between_two_submitted_versions_names_fields_and_organisations_and_is_null_for_a_missing_version()
    {
        var id = await SubmittedTwiceAsync();

        var diff = (await InCultureAsync("en-GB", () => UseApiAsync(api => api.DiffAsync(id, 1, 3, CancellationToken.None))))!;

        Assert.Equal((1, 3), (diff.From, diff.To));
        var title = Assert.Single(diff.Fields, f => f.Field == "titleEn");
        Assert.Equal(("Title in English", "Torfaen Youth Offending Information Sharing Protocol", "Torfaen Youth Justice Information Sharing Protocol"),
            (title.Label, title.Before, title.After));
        Assert.DoesNotContain(diff.Fields, f => f.Field == "status");
        Assert.Equal([FlowChangeKind.Added, FlowChangeKind.Removed], diff.Flows.Select(f => f.Change).Order());
        var removed = diff.Flows.Single(f => f.Change == FlowChangeKind.Removed);
        Assert.Contains("Gwent Police", removed.Before);
        Assert.DoesNotContain(AgreementApi.Police.ToString(), removed.Before);
        var welsh = (await InCultureAsync("cy", () => UseApiAsync(api => api.DiffAsync(id, 1, 3, CancellationToken.None))))!;
        Assert.Equal("Teitl yn Saesneg", welsh.Fields.Single(f => f.Field == "titleEn").Label);

        Assert.Null(await UseApiAsync(api => api.DiffAsync(id, 1, 9, CancellationToken.None)));
        Assert.Null(await UseApiAsync(api => api.DiffAsync(Guid.NewGuid(), 1, 3, CancellationToken.None)));
    }

    [Fact]
    public async Task A_reviewer_reads_the_submitted_version_with_partners_flows_and_legal_basis_named_in_their_language()
    {
        var id = await SubmittedTwiceAsync();

        var first = (await InCultureAsync("en-GB", () => UseApiAsync(api => api.ReadForReviewAsync(id, 1, CancellationToken.None))))!;
        var latest = (await InCultureAsync("en-GB", () => UseApiAsync(api => api.ReadForReviewAsync(id, 3, CancellationToken.None))))!;

        Assert.Equal((1, "Torfaen Youth Offending Information Sharing Protocol", "Protocol Rhannu Gwybodaeth Troseddu Ieuenctid Torfaen"),
            (first.VersionNumber, first.TitleEn, first.TitleCy));
        Assert.Equal("Torfaen Youth Justice Information Sharing Protocol", latest.TitleEn);
        Assert.Equal("Information Sharing Protocol", first.Kind);
        Assert.Equal("Community safety", first.ServiceArea);
        Assert.Equal(["Torfaen"], first.Regions);
        Assert.StartsWith("Torfaen", first.Coordinator);
        Assert.Equal(first.Coordinator, first.Partners[0].Name);
        Assert.Contains(first.Partners, p => p.Name == "Gwent Police" && p.Role == "Partner");
        Assert.Contains("Crime and Disorder Act 1998, section 115", first.Gateways);
        Assert.False(first.ConsentRequired);
        var flow = Assert.Single(first.Flows);
        Assert.Equal(("Referral", "Gwent Police", first.Coordinator, "Secure email"), (flow.Stage, flow.From, flow.To, flow.Method));
        Assert.Equal(["Demographic details"], flow.Data);
        Assert.Equal("Assessment", Assert.Single(latest.Flows).Stage);

        var welsh = (await InCultureAsync("cy", () => UseApiAsync(api => api.ReadForReviewAsync(id, 1, CancellationToken.None))))!;
        Assert.NotEqual(first.ServiceArea, welsh.ServiceArea);
        Assert.NotEqual(first.Flows[0].Method, welsh.Flows[0].Method);

        Assert.Null(await UseApiAsync(api => api.ReadForReviewAsync(id, 9, CancellationToken.None)));
    }
}
