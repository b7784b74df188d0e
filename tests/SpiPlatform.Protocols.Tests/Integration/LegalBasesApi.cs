using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using SpiPlatform.TestKit;

namespace SpiPlatform.Protocols.Tests.Integration;

/// <summary>The legal-bases list's GraphQL fields and page, as the programme team and readers use them.</summary>
internal static partial class LegalBasesApi
{
    public const string Fields = "code nameEn nameCy name group repealed retiredAt current version";

    public static async Task<List<JsonElement>> ListAsync(HttpClient client, bool includeRetired = false)
    {
        var response = await GraphQLClient.PostAsync(client, $"query($r: Boolean) {{ legalBases(includeRetired: $r) {{ {Fields} }} }}", null, new { r = includeRetired });
        return [.. response.Data.GetProperty("legalBases").EnumerateArray()];
    }

    public static async Task<JsonElement> FindAsync(HttpClient client, string code)
        => (await ListAsync(client, includeRetired: true)).Single(b => b.GetProperty("code").GetString() == code);

    public static Task<GraphQLResponse> AddAsync(HttpClient client, string code, string nameEn, string nameCy, string group)
        => GraphQLClient.PostAsync(client, $"mutation($input: AddLegalBasisInput!) {{ addLegalBasis(input: $input) {{ {Fields} }} }}", null,
            new { input = new { code, nameEn, nameCy, group } });

    public static Task<GraphQLResponse> RetireAsync(HttpClient client, string code, int version)
        => GraphQLClient.PostAsync(client, $"mutation($input: RetireLegalBasisInput!) {{ retireLegalBasis(input: $input) {{ {Fields} }} }}", null,
            new { input = new { code, version } });

    /// <summary>Posts one of the page's forms as a browser without JavaScript would, with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostPageAsync(HttpClient client, string handler, Dictionary<string, string> fields)
    {
        // A reader who may not change the list gets no form, so takes a token from the sign-in page as a forger would.
        var html = await client.GetStringAsync("/library/legal-bases");
        fields["__RequestVerificationToken"] = Token().Match(html) is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : await StaffLogin.AntiforgeryTokenAsync(client);
        return await client.PostAsync($"/library/legal-bases?handler={handler}", new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
