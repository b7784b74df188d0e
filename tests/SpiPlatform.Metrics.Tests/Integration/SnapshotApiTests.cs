using System.Text.Json;
using SpiPlatform.Metrics.Features.Snapshots;
using SpiPlatform.TestKit;
using static SpiPlatform.Metrics.Tests.Integration.SnapshotScenario;

namespace SpiPlatform.Metrics.Tests.Integration;

/// <summary><c>metricsSnapshot</c>: its arguments, its filters and who may read it. Reads only: no reset needed.</summary>
[Collection(MetricsCollection.Collection)]
public sealed class SnapshotApiTests(MetricsFixture fixture)
{
    private string CurrentMonth => $"{SharedKernel.WalesClock.TodayInWales(fixture.Factory.Services.GetRequiredService<TimeProvider>()):yyyy-MM}";

    private string LastEndedMonth => MonthlySnapshotJob.LastEndedMonth(fixture.Factory.Services.GetRequiredService<TimeProvider>()).ToString();

    [Theory]
    [InlineData("March 2012", "month", "'March 2012' is not a month")]
    [InlineData("2012-13", "month", "'2012-13' is not a month")]
    [InlineData("2012-3", "month", "'2012-3' is not a month")]
    public async Task A_malformed_month_is_VALIDATION_FAILED_naming_month(string month, string field, string message)
    {
        var evaluator = await fixture.StaffClientAsync(StaffLogin.Evaluator);

        var response = await SnapshotAsync(evaluator, $"month: \"{month}\"");

        AssertRefused(response, "VALIDATION_FAILED", field, message);
    }

    [Fact]
    public async Task The_current_month_and_later_ones_have_not_ended_and_are_VALIDATION_FAILED()
    {
        var evaluator = await fixture.StaffClientAsync(StaffLogin.Evaluator);
        var next = DateOnly.ParseExact(CurrentMonth + "-01", "yyyy-MM-dd").AddMonths(1).ToString("yyyy-MM");

        AssertRefused(await SnapshotAsync(evaluator, $"month: \"{CurrentMonth}\""), "VALIDATION_FAILED", "month", $"{CurrentMonth} has not ended yet");
        AssertRefused(await SnapshotAsync(evaluator, $"month: \"{next}\""), "VALIDATION_FAILED", "month", $"the latest month that can have a snapshot is {LastEndedMonth}");
        Assert.Equal(LastEndedMonth, (await SnapshotAsync(evaluator, $"month: \"{LastEndedMonth}\", dimension: \"TOTAL\"")).Snapshot().GetProperty("month").GetString());
    }

    [Fact]
    public async Task An_ended_month_before_the_first_record_has_no_snapshot_and_is_NOT_FOUND_naming_month()
    {
        var evaluator = await fixture.StaffClientAsync(StaffLogin.Evaluator);

        AssertRefused(await SnapshotAsync(evaluator, "month: \"2001-01\""), "NOT_FOUND", "month", "No snapshot of 2001-01: snapshots start at 2010-");
    }

    [Fact]
    public async Task A_figure_or_dimension_the_snapshot_does_not_hold_is_VALIDATION_FAILED_naming_the_filter()
    {
        var evaluator = await fixture.StaffClientAsync(StaffLogin.Evaluator);

        AssertRefused(await SnapshotAsync(evaluator, "month: \"2012-03\", figure: \"weather\""), "VALIDATION_FAILED", "figure",
            "The snapshot of 2012-03 holds no figure 'weather': it holds adoption, agreements");
        AssertRefused(await SnapshotAsync(evaluator, "month: \"2012-03\", figure: \"adoption\", dimension: \"KIND\""), "VALIDATION_FAILED", "dimension",
            "holds no dimension 'KIND'");
    }

    [Fact]
    public async Task The_figure_and_dimension_filters_keep_only_their_values()
    {
        var evaluator = await fixture.StaffClientAsync(StaffLogin.Evaluator);

        var all = (await SnapshotAsync(evaluator, "month: \"2012-03\"")).Snapshot();
        var sectors = (await SnapshotAsync(evaluator, "month: \"2012-03\", figure: \"adoption\", dimension: \"SECTOR\"")).Snapshot();

        var values = sectors.GetProperty("values").EnumerateArray().ToList();
        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.Equal(("adoption", "SECTOR"), (v.GetProperty("figure").GetString(), v.GetProperty("dimension").GetString())));
        Assert.Equal(6 * values.Count(v => v.GetProperty("series").GetString() == "active"), values.Count);
        Assert.True(all.GetProperty("values").GetArrayLength() > values.Count);
        Assert.Equal(all.GetProperty("takenAt").GetString(), sectors.GetProperty("takenAt").GetString());
    }

    [Fact]
    public async Task Evaluators_the_programme_team_and_metrics_read_clients_read_snapshots()
    {
        var client = fixture.Factory.CreateClient();
        var token = await OAuthTokens.GetAsync(client, OAuthTokens.Evaluator, OAuthTokens.EvaluatorSecret, "metrics:read");

        foreach (var response in new[]
        {
            await SnapshotAsync(await fixture.StaffClientAsync(StaffLogin.Evaluator), "month: \"2012-03\""),
            await SnapshotAsync(await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam), "month: \"2012-03\""),
            await SnapshotAsync(client, "month: \"2012-03\"", token),
        })
        {
            Assert.Equal("2012-03", response.Snapshot().GetProperty("month").GetString());
        }
    }

    [Fact]
    public async Task Anonymous_callers_editors_QA_reviewers_and_clients_without_metrics_read_are_refused_snapshots()
    {
        var anonymous = fixture.Factory.CreateClient();
        var partnerToken = await OAuthTokens.GetAsync(anonymous, OAuthTokens.Partner, OAuthTokens.PartnerSecret);
        var evaluatorWithoutMetrics = await OAuthTokens.GetAsync(anonymous, OAuthTokens.Evaluator, OAuthTokens.EvaluatorSecret, "signatories:read");

        Assert.Equal(["UNAUTHENTICATED"], (await SnapshotAsync(anonymous, "month: \"2012-03\"")).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await SnapshotAsync(await fixture.StaffClientAsync(StaffLogin.OrganisationEditor), "month: \"2012-03\"")).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await SnapshotAsync(await fixture.StaffClientAsync(StaffLogin.QaReviewer), "month: \"2012-03\"")).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await SnapshotAsync(anonymous, "month: \"2012-03\"", partnerToken)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await SnapshotAsync(anonymous, "month: \"2012-03\"", evaluatorWithoutMetrics)).ErrorCodes);
    }

    [Fact]
    public async Task Every_snapshot_type_field_and_argument_has_a_description()
    {
        var evaluator = await fixture.StaffClientAsync(StaffLogin.Evaluator);
        foreach (var type in new[] { "MetricsSnapshot", "MetricsSnapshotValue" })
        {
            var t = (await GraphQLClient.PostAsync(evaluator, $"{{ __type(name: \"{type}\") {{ description fields {{ name description }} }} }}")).Data.GetProperty("__type");
            Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("description").GetString()), type);
            Assert.All(t.GetProperty("fields").EnumerateArray(), f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("description").GetString()), $"{type}.{f.GetProperty("name")}"));
        }
        var query = (await GraphQLClient.PostAsync(evaluator, "{ __type(name: \"Query\") { fields { name description args { name description } } } }")).Data.GetProperty("__type");
        var field = query.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "metricsSnapshot");
        Assert.Contains("NOT_FOUND", field.GetProperty("description").GetString());
        Assert.Equal(["month", "figure", "dimension"], field.GetProperty("args").EnumerateArray().Select(a => a.GetProperty("name").GetString()));
        Assert.All(field.GetProperty("args").EnumerateArray(), a => Assert.False(string.IsNullOrWhiteSpace(a.GetProperty("description").GetString())));
    }

    private static void AssertRefused(GraphQLResponse response, string code, string field, string message)
    {
        Assert.Equal([code], response.ErrorCodes);
        Assert.Equal(field, response.ErrorField());
        Assert.Contains(message, response.Body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("metricsSnapshot").ValueKind);
    }
}
