using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.QualityAssurance.Data;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.SharedKernel.Messaging;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.TestKit;

namespace SpiPlatform.QualityAssurance.Tests.Integration;

/// <summary>Agreements submitted the way partners submit them, and the QA module's rows read straight from its schema.</summary>
internal static class QaScenario
{
    public static readonly Guid Torfaen = DemoOrganisationIds.EditorOrganisation;
    public static readonly Guid Betsi = DemoOrganisationIds.Of("Betsi Cadwaladr University Local Health Board");
    /// <summary>The demo data's North Caerphilly ISP, waiting in South East Wales's queue since January 2012.</summary>
    public static readonly Guid NorthCaerphillyDemo = SharedKernel.Data.StableId.For("qa-submission", "ISP-2012-0003");
    /// <summary>How many case-study submissions the demo data seeds (one per case study).</summary>
    public const int DemoSubmissions = 6;
    /// <summary>The fields of the Torfaen draft, as createAgreement and updateAgreement take them.</summary>
    public static JsonObject TorfaenDraft(string title = "Torfaen Youth Offending Information Sharing Protocol") => DemoDrafts.TorfaenYouthOffending(title);

    /// <summary>The demo editor drafts a Torfaen-coordinated ISP over GraphQL and submits it; returns its id.</summary>
    public static async Task<Guid> SubmitTorfaenDraftAsync(HttpClient editor, string title = "Torfaen Youth Offending Information Sharing Protocol")
    {
        var draft = TorfaenDraft(title);
        const string Fields = "id version status";
        var created = Node(await GraphQLClient.PostAsync(editor, $"mutation($input: CreateAgreementInput!) {{ createAgreement(input: $input) {{ {Fields} }} }}", null, new { input = draft }), "createAgreement");
        var flow = new
        {
            agreementId = created.GetProperty("id").GetString(),
            version = created.GetProperty("version").GetInt32(),
            stage = "REFERRAL",
            fromOrganisationId = DemoDrafts.Police,
            toOrganisationId = Torfaen,
            data = new[] { "DEMOGRAPHIC" },
            method = "SECURE_EMAIL",
            frequency = "On referral",
        };
        var withFlow = Node(await GraphQLClient.PostAsync(editor, $"mutation($input: FlowInput!) {{ addFlow(input: $input) {{ {Fields} }} }}", null, new { input = flow }), "addFlow");
        var submitted = Node(await GraphQLClient.PostAsync(editor, $"mutation($id: ID!, $v: Int!) {{ submitForQualityAssurance(agreementId: $id, version: $v) {{ {Fields} }} }}", null,
            new { id = withFlow.GetProperty("id").GetString(), v = withFlow.GetProperty("version").GetInt32() }), "submitForQualityAssurance");
        Assert.Equal("IN_QUALITY_ASSURANCE", submitted.GetProperty("status").GetString());
        return Guid.Parse(submitted.GetProperty("id").GetString()!);
    }

    /// <summary>Submits a Torfaen draft and delivers its event; returns the opened submission.</summary>
    public static async Task<QaSubmission> SubmittedTorfaenAsync(this PlatformFixture fixture, HttpClient editor)
    {
        var agreementId = await SubmitTorfaenDraftAsync(editor);
        await fixture.Factory.Services.DispatchOutboxAsync();
        await TestKit.Outbox.EventuallyAsync(() => fixture.SubmissionOfAsync(agreementId).GetAwaiter().GetResult() is not null, "the submission opened");
        return (await fixture.SubmissionOfAsync(agreementId))!;
    }

    /// <summary>A live demo agreement coordinated by Betsi Cadwaladr (North Wales), delivered to QA as if submitted.</summary>
    public static async Task<QaSubmission> SubmittedNorthWalesAsync(this PlatformFixture fixture)
    {
        var agreement = await fixture.NorthWalesAgreementAsync();
        await fixture.DeliverAsync(new AgreementSubmittedForQualityAssurance(agreement.Id, agreement.Reference, 1), Guid.NewGuid());
        return (await fixture.SubmissionOfAsync(agreement.Id))!;
    }

    /// <summary>The demo agreement Betsi Cadwaladr coordinates (Hafan Lles), its demo QA history removed so it can be delivered afresh.</summary>
    public static async Task<AgreementSummary> NorthWalesAgreementAsync(this PlatformFixture fixture)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var agreements = await scope.ServiceProvider.GetRequiredService<IProtocolsApi>().ListPublicForOrganisationAsync(Betsi, CancellationToken.None);
        var agreement = agreements.First(a => a.CoordinatorId == Betsi);
        await scope.ServiceProvider.GetRequiredService<QualityAssuranceDbContext>().Submissions.Where(s => s.AgreementId == agreement.Id).ExecuteDeleteAsync();
        return agreement;
    }

    /// <summary>Calls the QA module's handler directly, as the outbox dispatcher does.</summary>
    public static async Task DeliverAsync(this PlatformFixture fixture, AgreementSubmittedForQualityAssurance submitted, Guid eventId)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        foreach (var handler in scope.ServiceProvider.GetServices<IIntegrationEventHandler<AgreementSubmittedForQualityAssurance>>())
        {
            await handler.HandleAsync(submitted, eventId, CancellationToken.None);
        }
    }

    public static async Task<QaSubmission?> SubmissionOfAsync(this PlatformFixture fixture, Guid agreementId)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<QualityAssuranceDbContext>().Submissions.AsNoTracking()
            .Include(s => s.Rounds).Include(s => s.Events).FirstOrDefaultAsync(s => s.AgreementId == agreementId);
    }

    public static async Task<List<QaSubmission>> AllSubmissionsOfAsync(this PlatformFixture fixture, Guid agreementId)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<QualityAssuranceDbContext>().Submissions.AsNoTracking()
            .Include(s => s.Rounds).Where(s => s.AgreementId == agreementId).ToListAsync();
    }

    public static async Task<T> WithDbAsync<T>(this PlatformFixture fixture, Func<QualityAssuranceDbContext, Task<T>> work)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<QualityAssuranceDbContext>());
    }

    public static Task<GraphQLResponse> ClaimAsync(HttpClient client, Guid submissionId, int version, string? token = null)
        => GraphQLClient.PostAsync(client,
            "mutation($input: ClaimSubmissionInput!) { claimSubmission(input: $input) { id state version claimedBy claimedByName rounds { number agreementVersion } } }",
            token, new { input = new { submissionId, version } });

    public const string SubmissionFields = "id state version qaReference qualityAssuredOn checklist { item textEn textCy result comment } rounds { number outcome decidedBy outcomeReason }";

    public static Task<GraphQLResponse> RecordAsync(HttpClient client, Guid submissionId, int version, string item, string result, string? comment = null, string? token = null)
        => GraphQLClient.PostAsync(client,
            $"mutation($input: RecordChecklistItemInput!) {{ recordChecklistItem(input: $input) {{ {SubmissionFields} }} }}",
            token, new { input = new { submissionId, version, item, result, comment } });

    public static Task<GraphQLResponse> ReturnAsync(HttpClient client, Guid submissionId, int version, string? changesRequired, int? round = null, string? token = null)
        => GraphQLClient.PostAsync(client,
            $"mutation($input: ReturnForAmendmentInput!) {{ returnForAmendment(input: $input) {{ {SubmissionFields} }} }}",
            token, new { input = new { submissionId, version, round, changesRequired = changesRequired ?? "" } });

    public static Task<GraphQLResponse> ApproveAsync(HttpClient client, Guid submissionId, int version, string? overrideReason = null, int? round = null, string? token = null)
        => GraphQLClient.PostAsync(client,
            $"mutation($input: ApproveSubmissionInput!) {{ approveSubmission(input: $input) {{ {SubmissionFields} }} }}",
            token, new { input = new { submissionId, version, round, overrideReason } });

    /// <summary>Claims the submission and records every checklist item (Met unless <paramref name="notMet"/>); returns the version reached.</summary>
    public static async Task<int> ClaimAndCompleteChecklistAsync(HttpClient reviewer, QaSubmission submission, string? notMet = null, bool claim = true)
    {
        var version = claim ? Node(await ClaimAsync(reviewer, submission.Id, submission.Version), "claimSubmission").GetProperty("version").GetInt32() : submission.Version;
        foreach (var item in QaChecklist.Items)
        {
            var response = item.Key == notMet
                ? await RecordAsync(reviewer, submission.Id, version, item.Key, "NOT_MET", "Not described")
                : await RecordAsync(reviewer, submission.Id, version, item.Key, "MET");
            version = Node(response, "recordChecklistItem").GetProperty("version").GetInt32();
        }
        return version;
    }

    /// <summary>The editor edits the returned draft and submits it again over the Protocols API; the event is delivered.</summary>
    public static async Task ResubmitAsync(this PlatformFixture fixture, HttpClient editor, Guid agreementId, string title)
    {
        const string Fields = "id version status";
        var returned = Node(await GraphQLClient.PostAsync(editor, $"query($id: ID) {{ agreement(id: $id) {{ {Fields} }} }}", null, new { id = agreementId }), "agreement");
        Assert.Equal("DRAFT", returned.GetProperty("status").GetString());
        var draft = TorfaenDraft(title);
        draft["id"] = agreementId.ToString();
        draft["version"] = returned.GetProperty("version").GetInt32();
        var edited = Node(await GraphQLClient.PostAsync(editor, $"mutation($input: UpdateAgreementInput!) {{ updateAgreement(input: $input) {{ {Fields} }} }}", null, new { input = draft }), "updateAgreement");
        var submitted = Node(await GraphQLClient.PostAsync(editor, $"mutation($id: ID!, $v: Int!) {{ submitForQualityAssurance(agreementId: $id, version: $v) {{ {Fields} }} }}", null,
            new { id = agreementId, v = edited.GetProperty("version").GetInt32() }), "submitForQualityAssurance");
        Assert.Equal("IN_QUALITY_ASSURANCE", submitted.GetProperty("status").GetString());
        await fixture.Factory.Services.DispatchOutboxAsync();
        await TestKit.Outbox.EventuallyAsync(() => fixture.SubmissionOfAsync(agreementId).GetAwaiter().GetResult()!.Rounds.Count == 2, "the second round opened");
    }

    public static async Task<AgreementStatus> AgreementStatusAsync(this PlatformFixture fixture, Guid agreementId)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IProtocolsApi>().FindAsync(agreementId, CancellationToken.None))!.Status;
    }

    public static async Task<QaSubmission> SubmissionWithChecklistAsync(this PlatformFixture fixture, Guid agreementId)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<QualityAssuranceDbContext>().Submissions.AsNoTracking()
            .Include(s => s.Rounds).ThenInclude(r => r.Checklist).Include(s => s.Events).AsSplitQuery().FirstAsync(s => s.AgreementId == agreementId);
    }

    public static string? ErrorField(GraphQLResponse response)
        => response.Body.GetProperty("errors")[0].GetProperty("extensions").TryGetProperty("field", out var f) ? f.GetString() : null;

    public static JsonElement Node(GraphQLResponse response, string field)
    {
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Data.GetProperty(field);
    }
}
