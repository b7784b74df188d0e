using System.Text.Json;
using SpiPlatform.TestKit;

namespace SpiPlatform.Signatories.Tests.Integration;

/// <summary>The register's GraphQL operations, as a partner or the programme team would send them.</summary>
internal static class RegisterApi
{
    public const string Fields = "id nameEn nameCy sector areas status version odsCode charityNumber signedOn signatures { id status signedByName renewalDueOn reason declarationVersion }";

    public static object NewOrganisation(string name = "Gwynedd Carers Network", string? ods = null) => new
    {
        nameEn = name,
        nameCy = "Rhwydwaith Gofalwyr " + name,
        sector = "VOLUNTARY_SECTOR",
        areas = new[] { "GWYNEDD", "CONWY" },
        odsCode = ods,
        website = "https://example.org.uk",
    };

    public static Task<GraphQLResponse> RegisterAsync(HttpClient client, object input, string? token = null)
        => GraphQLClient.PostAsync(client, $"mutation($input: RegisterOrganisationInput!) {{ registerOrganisation(input: $input) {{ {Fields} }} }}", token, new { input });

    public static Task<GraphQLResponse> UpdateAsync(HttpClient client, object input, string? token = null)
        => GraphQLClient.PostAsync(client, $"mutation($input: UpdateOrganisationInput!) {{ updateOrganisation(input: $input) {{ {Fields} }} }}", token, new { input });

    public static Task<GraphQLResponse> SignAsync(HttpClient client, object input, string? token = null)
        => GraphQLClient.PostAsync(client, $"mutation($input: SignAccordInput!) {{ signAccord(input: $input) {{ {Fields} }} }}", token, new { input });

    public static Task<GraphQLResponse> VerifyAsync(HttpClient client, string signatureId, string? token = null)
        => GraphQLClient.PostAsync(client, $"mutation($input: SignatureDecisionInput!) {{ verifySignature(input: $input) {{ {Fields} }} }}", token, new { input = new { signatureId } });

    public static Task<GraphQLResponse> RejectAsync(HttpClient client, string signatureId, string? reason, string? token = null)
        => GraphQLClient.PostAsync(client, $"mutation($input: SignatureDecisionInput!) {{ rejectSignature(input: $input) {{ {Fields} }} }}", token, new { input = new { signatureId, reason } });

    public static Task<GraphQLResponse> WithdrawAsync(HttpClient client, string organisationId, int version, string? reason, string? token = null)
        => GraphQLClient.PostAsync(client, $"mutation($input: WithdrawFromAccordInput!) {{ withdrawFromAccord(input: $input) {{ {Fields} }} }}", token, new { input = new { organisationId, version, reason } });

    public static Task<GraphQLResponse> GetAsync(HttpClient client, string id, string extra = "", string? token = null)
        => GraphQLClient.PostAsync(client, $"query($id: ID!) {{ organisation(id: $id) {{ {Fields} {extra} }} }}", token, new { id });

    public static async Task<int> CountAsync(HttpClient client)
    {
        var response = await GraphQLClient.PostAsync(client, "{ organisations { totalCount } }");
        return response.Data.GetProperty("organisations").GetProperty("totalCount").GetInt32();
    }

    public static async Task<JsonElement> FindByNameAsync(HttpClient client, string name)
    {
        var response = await GraphQLClient.PostAsync(client,
            $"query($s: String) {{ organisations(search: $s, first: 1, orderBy: RELEVANCE) {{ edges {{ node {{ {Fields} }} }} }} }}", variables: new { s = name });
        return response.Data.GetProperty("organisations").GetProperty("edges")[0].GetProperty("node");
    }

    public static string? ErrorField(this GraphQLResponse response, int index = 0)
        => response.Body.GetProperty("errors")[index].GetProperty("extensions").TryGetProperty("field", out var f) ? f.GetString() : null;

    public static JsonElement Node(this GraphQLResponse response, string field) => response.Data.GetProperty(field);
}
