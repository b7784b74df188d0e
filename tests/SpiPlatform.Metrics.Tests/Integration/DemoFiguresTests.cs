using System.Text.Json;
using SpiPlatform.TestKit;

namespace SpiPlatform.Metrics.Tests.Integration;

/// <summary>The figures over the demo data (the source document's history) against values worked out here independently.</summary>
[Collection(MetricsCollection.Collection)]
public sealed class DemoFiguresTests(MetricsFixture fixture) : IAsyncLifetime
{
    private HttpClient _evaluator = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _evaluator = await fixture.StaffClientAsync(StaffLogin.Evaluator);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The register as the public reads it: each organisation's sector, status and signing date.</summary>
    private async Task<List<(string Sector, string Status, DateOnly SignedOn)>> RegisterAsync()
    {
        var response = await GraphQLClient.PostAsync(_evaluator, "{ organisations(first: 100) { totalCount edges { node { sector status signedOn } } } }");
        var connection = response.Data.GetProperty("organisations");
        var nodes = connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).ToList();
        Assert.Equal(connection.GetProperty("totalCount").GetInt32(), nodes.Count);
        return [.. nodes.Select(n => (n.GetProperty("sector").GetString()!, n.GetProperty("status").GetString()!, DateOnly.Parse(n.GetProperty("signedOn").GetString()!)))];
    }

    [Theory]
    [InlineData("2010-06")]
    [InlineData("2011-03")]
    [InlineData("2012-12")]
    public async Task Active_signatories_per_sector_at_a_months_end_are_those_of_the_register_signed_by_then(string month)
    {
        // The demo register imports each agency as verified on its historical signing date (none withdrawn or lapsed).
        var end = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd").AddMonths(1).AddDays(-1);
        var register = await RegisterAsync();
        Assert.All(register, o => Assert.Equal("ACTIVE", o.Status));
        var expected = register.Where(o => o.SignedOn <= end).GroupBy(o => o.Sector).ToDictionary(g => g.Key, g => g.Count());
        var expectedNew = register.Where(o => o.SignedOn.ToString("yyyy-MM") == month).GroupBy(o => o.Sector).ToDictionary(g => g.Key, g => g.Count());

        var figures = (await MetricsApi.AdoptionAsync(_evaluator, $"from: \"{month}\", to: \"{month}\", dimension: \"SECTOR\"")).Figures("adoption");

        var active = figures.Series("active").Where(p => p.Value > 0).ToDictionary(p => p.Key.Dimension, p => p.Value);
        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(e => e.Key), active.OrderBy(e => e.Key));
        Assert.Equal(expectedNew.OrderBy(e => e.Key), figures.Series("new").Where(p => p.Value > 0).ToDictionary(p => p.Key.Dimension, p => p.Value).OrderBy(e => e.Key));
        Assert.Equal(expectedNew.Values.Sum(), figures.Series("signed").Values.Sum());
        Assert.Equal(0, figures.Series("withdrawn").Values.Sum() + figures.Series("lapsed").Values.Sum());
    }

    [Fact]
    public async Task Active_signatories_in_total_and_filtered_by_sector_and_area_match_the_register()
    {
        var register = await RegisterAsync();
        var localAuthorities = register.Count(o => o.Sector == "LOCAL_AUTHORITY");

        var total = (await MetricsApi.AdoptionAsync(_evaluator, "from: \"2024-01\", to: \"2024-01\"")).Figures("adoption");
        var councils = (await MetricsApi.AdoptionAsync(_evaluator, "from: \"2024-01\", to: \"2024-01\", sector: \"LOCAL_AUTHORITY\"")).Figures("adoption");
        var torfaen = (await MetricsApi.AdoptionAsync(_evaluator, "from: \"2024-01\", to: \"2024-01\", area: \"TORFAEN\", dimension: \"AREA\"")).Figures("adoption");

        Assert.Equal(register.Count, total.Series("active")[("2024-01", "TOTAL")]);
        Assert.Equal(localAuthorities, councils.Series("active")[("2024-01", "TOTAL")]);
        // Torfaen's own agencies (council, housing, GP practices, schools, child minders, play groups) and those serving it too.
        Assert.Equal([("2024-01", "TORFAEN")], torfaen.Series("active").Keys);
        Assert.True(torfaen.Series("active")[("2024-01", "TORFAEN")] >= 6);
    }

    [Fact]
    public async Task Partners_per_agreement_count_a_group_as_its_members_Hafan_Lles_31_and_Cardiff_MARAC_17()
    {
        var figures = (await MetricsApi.AgreementsAsync(_evaluator, "from: \"2012-06\", to: \"2012-06\"")).Figures("agreements");

        var partners = figures.GetProperty("partners").EnumerateArray().ToDictionary(p => p.GetProperty("reference").GetString()!);
        Assert.Equal(31, partners["ISP-2011-0003"].GetProperty("partnerOrganisations").GetInt32());
        Assert.Equal(14, partners["ISP-2011-0003"].GetProperty("partnerEntries").GetInt32());
        Assert.Equal(17, partners["ISP-2012-0001"].GetProperty("partnerOrganisations").GetInt32());
        Assert.Equal(17, partners["ISP-2012-0001"].GetProperty("partnerEntries").GetInt32());
    }

    [Fact]
    public async Task Agreements_by_status_follow_their_dated_history_and_filters_narrow_them()
    {
        var byStatus = (await MetricsApi.AgreementsAsync(_evaluator, "from: \"2011-05\", to: \"2011-10\", dimension: \"STATUS\"")).Figures("agreements");
        var domesticAbuse = (await MetricsApi.AgreementsAsync(_evaluator, "from: \"2024-01\", to: \"2024-01\", serviceArea: \"DOMESTIC_ABUSE\"")).Figures("agreements");

        // Hafan Lles went live on 5 September 2011; Flying Start (27 June) and Gwent Frailty (20 June) before it.
        var live = byStatus.Series("agreements");
        Assert.Equal(2, live[("2011-08", "LIVE")]);
        Assert.Equal(3, live[("2011-09", "LIVE")]);
        Assert.Equal(1, byStatus.Series("statusChanges")[("2011-09", "LIVE")]);
        Assert.Equal(["ISP-2012-0001"], domesticAbuse.GetProperty("partners").EnumerateArray().Select(p => p.GetProperty("reference").GetString()));
        Assert.Equal(1, domesticAbuse.Series("agreements")[("2024-01", "TOTAL")]);
        // Betsi Cadwaladr coordinates Hafan Lles: one live agreement in 2011-09, named through the register's Organisation type.
        var perOrganisation = byStatus.GetProperty("liveByOrganisation").EnumerateArray()
            .ToDictionary(o => o.GetProperty("organisation").GetProperty("nameEn").GetString()!, o => o.GetProperty("value").GetInt32());
        Assert.Equal(1, perOrganisation["Betsi Cadwaladr University Local Health Board"]);
    }
}
