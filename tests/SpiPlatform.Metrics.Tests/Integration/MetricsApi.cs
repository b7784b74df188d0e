using System.Text.Json;
using SpiPlatform.TestKit;

namespace SpiPlatform.Metrics.Tests.Integration;

/// <summary>The evaluators' GraphQL queries, as a client would send them.</summary>
internal static class MetricsApi
{
    public const string Adoption = "from to dimension active { period dimension value } new { period dimension value } signed { period dimension value } verified { period dimension value } withdrawn { period dimension value } lapsed { period dimension value }";
    public const string Agreements = "from to dimension agreements { period dimension value } statusChanges { period dimension value } liveByOrganisation { organisationId value organisation { nameEn } } partners { reference partnerEntries partnerOrganisations }";

    public static Task<GraphQLResponse> AdoptionAsync(HttpClient client, string args = "", string? token = null)
        => GraphQLClient.PostAsync(client, $"{{ metrics {{ adoption{Args(args)} {{ {Adoption} }} }} }}", token);

    public static Task<GraphQLResponse> AgreementsAsync(HttpClient client, string args = "", string? token = null)
        => GraphQLClient.PostAsync(client, $"{{ metrics {{ agreements{Args(args)} {{ {Agreements} }} }} }}", token);

    public static JsonElement Figures(this GraphQLResponse response, string field)
    {
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Data.GetProperty("metrics").GetProperty(field);
    }

    /// <summary>The series as (period, dimension) → value.</summary>
    public static Dictionary<(string Period, string Dimension), int> Series(this JsonElement figures, string series)
        => figures.GetProperty(series).EnumerateArray()
            .ToDictionary(p => (p.GetProperty("period").GetString()!, p.GetProperty("dimension").GetString()!), p => p.GetProperty("value").GetInt32());

    public static string? ErrorField(this GraphQLResponse response, int index = 0)
        => response.Body.GetProperty("errors")[index].GetProperty("extensions").TryGetProperty("field", out var f) ? f.GetString() : null;

    private static string Args(string args) => args.Length == 0 ? "" : $"({args})";
}
