using System.Text.Json;
using System.Text.Json.Nodes;
using SpiPlatform.TestKit;

namespace SpiPlatform.Protocols.Tests.Integration;

/// <summary>The library's GraphQL operations, as partners send them.</summary>
internal static class AgreementApi
{
    public const string Fields = "id reference status version titleEn derivedFrom { reference } partners { organisationId role } flows { id stage fromOrganisationId toOrganisationId }";

    public static readonly Guid Torfaen = DemoDrafts.Torfaen;
    public static readonly Guid HealthBoard = DemoDrafts.HealthBoard;
    public static readonly Guid Police = DemoDrafts.Police;

    public static JsonObject NewDraft(string title = "Torfaen Youth Offending Information Sharing Protocol") => DemoDrafts.TorfaenYouthOffending(title);

    public static Task<GraphQLResponse> CreateAsync(HttpClient client, JsonObject input, string? token = null)
        => GraphQLClient.PostAsync(client, $"mutation($input: CreateAgreementInput!) {{ createAgreement(input: $input) {{ {Fields} }} }}", token, new { input });

    public static Task<GraphQLResponse> UpdateAsync(HttpClient client, JsonObject input, string? token = null)
        => GraphQLClient.PostAsync(client, $"mutation($input: UpdateAgreementInput!) {{ updateAgreement(input: $input) {{ {Fields} }} }}", token, new { input });

    public static Task<GraphQLResponse> FlowAsync(HttpClient client, string mutation, object input, string? token = null)
        => GraphQLClient.PostAsync(client, $"mutation($input: FlowInput!) {{ {mutation}(input: $input) {{ {Fields} }} }}", token, new { input });

    public static object Flow(JsonElement agreement, Guid from, Guid to, string stage = "REFERRAL") => new
    {
        agreementId = agreement.GetProperty("id").GetString(),
        version = agreement.GetProperty("version").GetInt32(),
        stage,
        fromOrganisationId = from,
        toOrganisationId = to,
        data = new[] { "DEMOGRAPHIC" },
        method = "SECURE_EMAIL",
        frequency = "On referral",
    };

    public static Task<GraphQLResponse> SubmitAsync(HttpClient client, JsonElement agreement, string? token = null)
        => GraphQLClient.PostAsync(client, $"mutation($id: ID!, $v: Int!) {{ submitForQualityAssurance(agreementId: $id, version: $v) {{ {Fields} }} }}", token,
            new { id = agreement.GetProperty("id").GetString(), v = agreement.GetProperty("version").GetInt32() });

    public static Task<GraphQLResponse> DeriveAsync(HttpClient client, string agreementId, string? token = null)
        => GraphQLClient.PostAsync(client, $"mutation($id: ID!) {{ deriveAgreement(agreementId: $id) {{ {Fields} }} }}", token, new { id = agreementId });

    public static async Task<JsonElement> ByReferenceAsync(HttpClient client, string reference, string extra = "", string? token = null)
    {
        var response = await GraphQLClient.PostAsync(client, $"query($r: String) {{ agreement(reference: $r) {{ {Fields} {extra} }} }}", token, new { r = reference });
        return response.Data.GetProperty("agreement");
    }

    public static JsonObject EditOf(JsonElement agreement, JsonObject draft)
    {
        draft["id"] = agreement.GetProperty("id").GetString();
        draft["version"] = agreement.GetProperty("version").GetInt32();
        return draft;
    }

    public static string? ErrorField(this GraphQLResponse response)
        => response.Body.GetProperty("errors")[0].GetProperty("extensions").TryGetProperty("field", out var f) ? f.GetString() : null;
}
