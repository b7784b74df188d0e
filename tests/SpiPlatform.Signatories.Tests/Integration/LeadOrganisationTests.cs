using SpiPlatform.Signatories.Contracts;
using SpiPlatform.TestKit;

namespace SpiPlatform.Signatories.Tests.Integration;

/// <summary>Bodies registered under a lead organisation (as on the NHS Gateway) show their lead, loaded in one batch per page.</summary>
[Collection(SignatoriesCollection.Collection)]
public sealed class LeadOrganisationTests(SignatoriesFixture fixture) : IAsyncLifetime
{
    private const string Query = "query($n: Int) { organisations(search: \"Zephyr Advocacy\", first: $n, orderBy: NAME) { edges { node { nameEn leadOrganisation { nameEn } } } } }";

    private static readonly string[] Leads = ["Denbighshire County Council", "Flintshire County Council", "Powys County Council"];

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_page_of_organisations_loads_their_lead_organisations_in_one_batch()
    {
        var staff = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        string[] towns = ["Prestatyn", "Mold", "Brecon"];
        for (var i = 0; i < Leads.Length; i++)
        {
            var led = await RegisterApi.RegisterAsync(staff, new Dictionary<string, object?>
            {
                ["nameEn"] = $"Zephyr Advocacy {towns[i]}",
                ["sector"] = "VOLUNTARY_SECTOR",
                ["areas"] = new[] { "GWYNEDD" },
                ["leadOrganisationId"] = DemoOrganisationIds.Of(Leads[i]),
            });
            Assert.False(led.HasErrors, led.Body.ToString());
        }

        var one = await CountAsync(staff, 1);
        var three = await CountAsync(staff, 3);

        Assert.Equal(one, three);
        var page = await GraphQLClient.PostAsync(staff, Query, variables: new { n = 3 });
        Assert.Equal(Leads.Order(), page.Data.GetProperty("organisations").GetProperty("edges").EnumerateArray()
            .Select(e => e.GetProperty("node").GetProperty("leadOrganisation").GetProperty("nameEn").GetString()).Order());
    }

    private static Task<int> CountAsync(HttpClient client, int first)
        => SqlCommandCounter.CountAsync("signatories.organisations", async () =>
        {
            var response = await GraphQLClient.PostAsync(client, Query, variables: new { n = first });
            Assert.False(response.HasErrors, response.Body.ToString());
        });
}
