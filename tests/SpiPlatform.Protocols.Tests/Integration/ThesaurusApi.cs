using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using SpiPlatform.TestKit;

namespace SpiPlatform.Protocols.Tests.Integration;

/// <summary>The thesaurus's GraphQL fields and page, as the programme team and readers use them.</summary>
internal static partial class ThesaurusApi
{
    public const string Path = "/library/thesaurus";

    /// <summary>The whole thesaurus as concept name → terms.</summary>
    public static async Task<Dictionary<string, List<string>>> ReadAsync(HttpClient client)
    {
        var response = await GraphQLClient.PostAsync(client, "{ thesaurus { name terms } }");
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Data.GetProperty("thesaurus").EnumerateArray().ToDictionary(
            c => c.GetProperty("name").GetString()!, c => c.GetProperty("terms").EnumerateArray().Select(t => t.GetString()!).ToList());
    }

    /// <summary>The thesaurus as one string, to show nothing changed.</summary>
    public static async Task<string> SnapshotAsync(HttpClient client)
        => string.Join(";", (await ReadAsync(client)).Select(c => $"{c.Key}={string.Join("|", c.Value)}"));

    public static Task<GraphQLResponse> AddAsync(HttpClient client, string concept, string term, string? token = null)
        => GraphQLClient.PostAsync(client, "mutation($input: SynonymInput!) { addSynonym(input: $input) { name terms } }", token, new { input = new { concept, term } });

    public static Task<GraphQLResponse> RemoveAsync(HttpClient client, string concept, string term, string? token = null)
        => GraphQLClient.PostAsync(client, "mutation($input: SynonymInput!) { removeSynonym(input: $input) { name terms } }", token, new { input = new { concept, term } });

    public static Task<GraphQLResponse> StartAsync(HttpClient client, string concept, string[] terms, string? token = null)
        => GraphQLClient.PostAsync(client, "mutation($input: AddSynonymConceptInput!) { addSynonymConcept(input: $input) { name terms } }", token, new { input = new { concept, terms } });

    public static Task<GraphQLResponse> RemoveConceptAsync(HttpClient client, string concept, string? token = null)
        => GraphQLClient.PostAsync(client, "mutation($input: RemoveSynonymConceptInput!) { removeSynonymConcept(input: $input) { name terms } }", token, new { input = new { concept } });

    public static List<string> Terms(GraphQLResponse response, string field)
        => [.. response.Data.GetProperty(field).GetProperty("terms").EnumerateArray().Select(t => t.GetString()!)];

    public static string ErrorMessage(this GraphQLResponse response) => response.Body.GetProperty("errors")[0].GetProperty("message").GetString()!;

    /// <summary>Posts one of the page's forms as a browser without JavaScript would, with the page's antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostPageAsync(HttpClient client, string handler, Dictionary<string, string> fields)
    {
        // A reader who may not change the thesaurus gets no form, so takes a token from the sign-in page as a forger would.
        var html = await client.GetStringAsync(Path);
        fields["__RequestVerificationToken"] = Token().Match(html) is { Success: true } m
            ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : await StaffLogin.AntiforgeryTokenAsync(client);
        return await client.PostAsync($"{Path}?handler={handler}", new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
