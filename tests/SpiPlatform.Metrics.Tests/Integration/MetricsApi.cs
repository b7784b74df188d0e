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

    public const string Measure = "{ period dimension value count }";
    public const string QualityAssurance = $"from to dimension submissions {{ period dimension value }} turnaroundMedian {Measure} turnaroundP90 {Measure} slaBreaches {{ period dimension value }} timeInState {Measure} signOffDuration {Measure} roundsPerAgreement {{ reference value }}";
    public const string Development = $"from to dimension monthsToLive {Measure} practitionerHours {Measure} hoursPerPractitioner {Measure} agreements {{ reference serviceArea developmentStarted liveOn months }} effort {{ reference serviceArea practitioners hoursPerPractitioner totalHours periodMonthsLow periodMonthsHigh periodEnded source recordedBy }}";
    public const string Reviews = $"from to dimension overdue {{ period dimension value }} due {{ period dimension value }} reviewedOnTime {{ period dimension value }} shareReviewedOnTime {Measure}";
    public const string Training = "period needs { period dimension value } coverage { liveAgreements partnerOrganisations withNeedMet share } facilitators { period dimension value } availableFacilitators { period dimension value }";

    /// <summary>Any figure under <c>metrics</c> by its field name, with its full selection.</summary>
    public static Task<GraphQLResponse> FigureAsync(HttpClient client, string field, string args = "", string? token = null)
    {
        var selection = field switch
        {
            "adoption" => Adoption,
            "agreements" => Agreements,
            "qualityAssurance" => QualityAssurance,
            "development" => Development,
            "reviews" => Reviews,
            "training" => Training,
            _ => throw new ArgumentException(field),
        };
        return GraphQLClient.PostAsync(client, $"{{ metrics {{ {field}{Args(args)} {{ {selection} }} }} }}", token);
    }

    /// <summary>A measured series as (period, dimension) → (value, count).</summary>
    public static Dictionary<(string Period, string Dimension), (double? Value, int Count)> Measures(this JsonElement figures, string series)
        => figures.GetProperty(series).EnumerateArray().ToDictionary(
            p => (p.GetProperty("period").GetString()!, p.GetProperty("dimension").GetString()!),
            p => (p.GetProperty("value").ValueKind == JsonValueKind.Null ? (double?)null : p.GetProperty("value").GetDouble(), p.GetProperty("count").GetInt32()));

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
