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
    private static readonly Guid HealthBoard = DemoOrganisationIds.Of("Aneurin Bevan Health Board");
    private static readonly Guid Police = DemoOrganisationIds.Of("Gwent Police");

    /// <summary>The demo editor drafts a Torfaen-coordinated ISP over GraphQL and submits it; returns its id.</summary>
    public static async Task<Guid> SubmitTorfaenDraftAsync(HttpClient editor, string title = "Torfaen Youth Offending Information Sharing Protocol")
    {
        var draft = new JsonObject
        {
            ["kind"] = "ISP",
            ["titleEn"] = title,
            ["titleCy"] = "Protocol Rhannu Gwybodaeth Troseddu Ieuenctid Torfaen",
            ["summaryEn"] = "Partners share information about young people at risk of offending.",
            ["purpose"] = "To agree support plans early.",
            ["serviceArea"] = "COMMUNITY_SAFETY",
            ["regions"] = new JsonArray("TORFAEN"),
            ["coordinatorId"] = Torfaen.ToString(),
            ["partners"] = new JsonArray(new JsonObject { ["organisationId"] = HealthBoard.ToString() }, new JsonObject { ["organisationId"] = Police.ToString() }),
            ["serviceUsers"] = "Young people aged 10 to 17",
            ["dataCategories"] = new JsonArray("DEMOGRAPHIC", "CRIMINAL_JUSTICE"),
            ["consentRequired"] = false,
            ["gateways"] = new JsonArray("CRIME_AND_DISORDER_ACT_1998_SECTION_115"),
            ["reviewDue"] = DateTime.UtcNow.AddYears(1).ToString("yyyy-MM-dd"),
        };
        const string Fields = "id version status";
        var created = Node(await GraphQLClient.PostAsync(editor, $"mutation($input: CreateAgreementInput!) {{ createAgreement(input: $input) {{ {Fields} }} }}", null, new { input = draft }), "createAgreement");
        var flow = new
        {
            agreementId = created.GetProperty("id").GetString(),
            version = created.GetProperty("version").GetInt32(),
            stage = "REFERRAL",
            fromOrganisationId = Police,
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

    public static async Task<AgreementSummary> NorthWalesAgreementAsync(this PlatformFixture fixture)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var agreements = await scope.ServiceProvider.GetRequiredService<IProtocolsApi>().ListPublicForOrganisationAsync(Betsi, CancellationToken.None);
        return agreements.First(a => a.CoordinatorId == Betsi);
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

    public static JsonElement Node(GraphQLResponse response, string field)
    {
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Data.GetProperty(field);
    }
}
