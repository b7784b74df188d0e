using Microsoft.EntityFrameworkCore;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.TestKit;

namespace SpiPlatform.QualityAssurance.Tests.Integration;

/// <summary>Approved Torfaen drafts, and the partners' signatories deciding over GraphQL.</summary>
internal static class SignOffScenario
{
    public static readonly Guid Torfaen = DemoDrafts.Torfaen;
    public static readonly Guid HealthBoard = DemoDrafts.HealthBoard;
    public static readonly Guid Police = DemoDrafts.Police;

    public const string Fields =
        "id state version qaReference signOffProgress { signed total outstanding } " +
        "signOffs { organisationId organisationNameEn organisationNameCy state round since decidedAt decidedByName signatoryRole reason version }";

    /// <summary>Submits, claims, completes the checklist and approves a Torfaen draft; returns the submission awaiting sign-off.</summary>
    public static async Task<QaSubmission> ApprovedTorfaenAsync(this PlatformFixture fixture, HttpClient editor, HttpClient reviewer)
    {
        var submission = await fixture.SubmittedTorfaenAsync(editor);
        var version = await QaScenario.ClaimAndCompleteChecklistAsync(reviewer, submission);
        QaScenario.Node(await QaScenario.ApproveAsync(reviewer, submission.Id, version), "approveSubmission");
        return (await fixture.SubmissionOfAsync(submission.AgreementId))!;
    }

    public static Task<List<QaSignOff>> SignOffsAsync(this PlatformFixture fixture, Guid submissionId)
        => fixture.WithDbAsync(db => db.SignOffs.AsNoTracking().Where(o => o.SubmissionId == submissionId).OrderBy(o => o.RoundNumber).ThenBy(o => o.OrganisationId).ToListAsync());

    public static async Task<int> SignOffVersionAsync(this PlatformFixture fixture, Guid submissionId, Guid organisationId)
        => (await fixture.SignOffsAsync(submissionId)).Where(o => o.OrganisationId == organisationId).MaxBy(o => o.RoundNumber)!.Version;

    public static Task<List<QaSignOffRight>> RightsAsync(this PlatformFixture fixture)
        => fixture.WithDbAsync(db => db.SignOffRights.AsNoTracking().OrderBy(r => r.Email).ThenBy(r => r.GrantedAt).ToListAsync());

    public static Task<GraphQLResponse> SignAsync(HttpClient client, Guid submissionId, Guid organisationId, int version, string? token = null)
        => GraphQLClient.PostAsync(client, $"mutation($input: SignOffInput!) {{ signOff(input: $input) {{ {Fields} }} }}",
            token, new { input = new { submissionId, organisationId, version } });

    public static Task<GraphQLResponse> DeclineAsync(HttpClient client, Guid submissionId, Guid organisationId, int version, string? reason, string? token = null)
        => GraphQLClient.PostAsync(client, $"mutation($input: DeclineSignOffInput!) {{ declineSignOff(input: $input) {{ {Fields} }} }}",
            token, new { input = new { submissionId, organisationId, version, reason = reason ?? "" } });

    /// <summary>The signatory of <paramref name="organisationId"/> signs at the version stored now.</summary>
    public static async Task<GraphQLResponse> SignNowAsync(this PlatformFixture fixture, HttpClient client, Guid submissionId, Guid organisationId)
        => await SignAsync(client, submissionId, organisationId, await fixture.SignOffVersionAsync(submissionId, organisationId));

    public static Task<GraphQLResponse> ReadAsync(HttpClient reviewer, Guid submissionId)
        => GraphQLClient.PostAsync(reviewer, $"query($id: ID!) {{ qaSubmission(id: $id) {{ {Fields} }} }}", null, new { id = submissionId });

    public static Task<GraphQLResponse> GrantAsync(HttpClient client, string email, string? signatoryRole = null, Guid? organisationId = null, string? token = null)
        => GraphQLClient.PostAsync(client,
            "mutation($input: GrantSignOffRightInput!) { grantSignOffRight(input: $input) { id organisationId email displayName signatoryRole grantedBy revokedAt } }",
            token, new { input = new { organisationId, email, signatoryRole } });

    public static Task<GraphQLResponse> RevokeAsync(HttpClient client, Guid rightId, string? token = null)
        => GraphQLClient.PostAsync(client,
            "mutation($input: RevokeSignOffRightInput!) { revokeSignOffRight(input: $input) { id email revokedAt revokedBy } }",
            token, new { input = new { rightId } });

    public static async Task<(string Status, string? LiveOn)> AgreementAsync(HttpClient editor, Guid agreementId)
    {
        var agreement = QaScenario.Node(await GraphQLClient.PostAsync(editor, "query($id: ID) { agreement(id: $id) { status liveOn } }", null, new { id = agreementId }), "agreement");
        return (agreement.GetProperty("status").GetString()!, agreement.GetProperty("liveOn").GetString());
    }

    public static string Message(GraphQLResponse response) => response.Body.GetProperty("errors")[0].GetProperty("message").GetString()!;
}
