using SpiPlatform.Signatories.Contracts;
using SpiPlatform.TestKit;

namespace SpiPlatform.Training.Tests.Integration;

internal static class FacilitatorScenario
{
    public const string Fields = "id name email phone organisationId areas languages availability availabilityNote qualifiedOn";

    public static readonly Guid Powys = DemoOrganisationIds.Of("Powys County Council");

    public static object Input(string email, string[]? areas = null, string languages = "WELSH", Guid? organisationId = null, string qualifiedOn = "2012-05-01")
        => new
        {
            name = "Test Facilitator", email, phone = "01597 826000", organisationId = organisationId ?? Powys,
            areas = areas ?? ["POWYS"], languages, availability = "AVAILABLE", qualifiedOn,
        };

    public static Task<GraphQLResponse> RegisterAsync(HttpClient client, object input, string? token = null)
        => GraphQLClient.PostAsync(client, $"mutation($input: RegisterFacilitatorInput!) {{ registerFacilitator(input: $input) {{ {Fields} }} }}", token, new { input });

    public static Task<GraphQLResponse> UpdateAsync(HttpClient client, object input, string? token = null)
        => GraphQLClient.PostAsync(client, $"mutation($input: UpdateFacilitatorInput!) {{ updateFacilitator(input: $input) {{ {Fields} }} }}", token, new { input });

    public static Task<GraphQLResponse> RemoveAsync(HttpClient client, Guid id, string? token = null)
        => GraphQLClient.PostAsync(client, "mutation($input: RemoveFacilitatorInput!) { removeFacilitator(input: $input) { id } }", token, new { input = new { id } });

    public static Task<GraphQLResponse> FindAsync(HttpClient client, string filter, string? token = null)
        => GraphQLClient.PostAsync(client, $"{{ facilitators(filter: {{ {filter} }}, first: 100) {{ totalCount edges {{ node {{ {Fields} organisation {{ nameEn }} }} }} }} }}", token);
}
