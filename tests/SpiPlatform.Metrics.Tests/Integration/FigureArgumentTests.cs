using SpiPlatform.SharedKernel;
using SpiPlatform.TestKit;

namespace SpiPlatform.Metrics.Tests.Integration;

[Collection(MetricsCollection.Collection)]
public sealed class FigureArgumentTests(MetricsFixture fixture)
{
    private static string Month(DateOnly d) => $"{d:yyyy-MM}";

    [Theory]
    [InlineData("adoption", "from: \"2012-05\", to: \"2012-01\"", "to", "ends (2012-01) before it starts (2012-05)")]
    [InlineData("agreements", "from: \"2001-01\", to: \"2011-12\"", "from", "covers 132 months; at most 120")]
    [InlineData("adoption", "dimension: \"COLOUR\"", "dimension", "Unknown dimension 'COLOUR'")]
    [InlineData("agreements", "dimension: \"SECTOR\"", "dimension", "Unknown dimension 'SECTOR'")]
    [InlineData("adoption", "from: \"March 2011\"", "from", "not a month")]
    [InlineData("adoption", "sector: \"PIRATES\"", "sector", "Unknown sector 'PIRATES'")]
    [InlineData("agreements", "serviceArea: \"ASTRONOMY\"", "serviceArea", "Unknown serviceArea 'ASTRONOMY'")]
    [InlineData("agreements", "area: \"ATLANTIS\"", "area", "Unknown area 'ATLANTIS'")]
    [InlineData("qualityAssurance", "from: \"2012-05\", to: \"2012-01\"", "to", "ends (2012-01) before it starts (2012-05)")]
    [InlineData("qualityAssurance", "dimension: \"STATUS\"", "dimension", "Unknown dimension 'STATUS'")]
    [InlineData("qualityAssurance", "serviceArea: \"ASTRONOMY\"", "serviceArea", "Unknown serviceArea 'ASTRONOMY'")]
    [InlineData("development", "from: \"2012-05\", to: \"2012-01\"", "to", "ends (2012-01) before it starts (2012-05)")]
    [InlineData("development", "dimension: \"SECTOR\"", "dimension", "Unknown dimension 'SECTOR'")]
    [InlineData("development", "from: \"2001-01\", to: \"2011-12\"", "from", "covers 132 months; at most 120")]
    [InlineData("reviews", "from: \"2012-05\", to: \"2012-01\"", "to", "ends (2012-01) before it starts (2012-05)")]
    [InlineData("reviews", "dimension: \"KIND\"", "dimension", "Unknown dimension 'KIND'")]
    [InlineData("reviews", "sector: \"PIRATES\"", "sector", "Unknown sector 'PIRATES'")]
    [InlineData("training", "area: \"ATLANTIS\"", "area", "Unknown area 'ATLANTIS'")]
    public async Task A_wrong_argument_is_VALIDATION_FAILED_naming_it(string figure, string args, string field, string message)
    {
        var evaluator = await fixture.StaffClientAsync(StaffLogin.Evaluator);

        var response = await MetricsApi.FigureAsync(evaluator, figure, args);

        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        Assert.Equal(field, response.ErrorField());
        Assert.Contains(message, response.Body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data.GetProperty("metrics").GetProperty(figure).ValueKind);
    }

    [Fact]
    public async Task A_month_in_the_future_is_VALIDATION_FAILED_and_the_current_month_is_allowed()
    {
        var evaluator = await fixture.StaffClientAsync(StaffLogin.Evaluator);
        var today = fixture.Factory.Services.GetRequiredService<TimeProvider>().TodayInWales();

        var future = await MetricsApi.AdoptionAsync(evaluator, $"to: \"{Month(today.AddMonths(1))}\"");
        var current = await MetricsApi.AdoptionAsync(evaluator, $"from: \"{Month(today.AddMonths(-2))}\", to: \"{Month(today)}\"");

        Assert.Equal(["VALIDATION_FAILED"], future.ErrorCodes);
        Assert.Equal("to", future.ErrorField());
        Assert.Equal(3, current.Figures("adoption").GetProperty("active").GetArrayLength());
    }

    [Theory]
    [InlineData("qualityAssurance")]
    [InlineData("development")]
    [InlineData("reviews")]
    public async Task A_month_in_the_future_is_VALIDATION_FAILED_on_each_new_figure(string figure)
    {
        var evaluator = await fixture.StaffClientAsync(StaffLogin.Evaluator);
        var today = fixture.Factory.Services.GetRequiredService<TimeProvider>().TodayInWales();

        var response = await MetricsApi.FigureAsync(evaluator, figure, $"from: \"{Month(today.AddMonths(1))}\", to: \"{Month(today.AddMonths(2))}\"");

        Assert.Equal(["VALIDATION_FAILED", "VALIDATION_FAILED"], response.ErrorCodes);
        Assert.Equal(("to", "from"), (response.ErrorField(0), response.ErrorField(1)));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, response.Data.GetProperty("metrics").GetProperty(figure).ValueKind);
    }

    [Fact]
    public async Task Ten_years_exactly_is_allowed_and_the_default_period_ends_this_month()
    {
        var evaluator = await fixture.StaffClientAsync(StaffLogin.Evaluator);
        var today = fixture.Factory.Services.GetRequiredService<TimeProvider>().TodayInWales();

        var tenYears = (await MetricsApi.AdoptionAsync(evaluator, "from: \"2010-01\", to: \"2019-12\"")).Figures("adoption");
        var byDefault = (await MetricsApi.AdoptionAsync(evaluator)).Figures("adoption");

        Assert.Equal(120, tenYears.GetProperty("active").GetArrayLength());
        Assert.Equal(Month(today), byDefault.GetProperty("to").GetString());
        Assert.Equal(Month(today.AddMonths(-119)), byDefault.GetProperty("from").GetString());
    }
}
