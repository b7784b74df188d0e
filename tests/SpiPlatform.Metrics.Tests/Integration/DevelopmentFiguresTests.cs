using System.Text.Json;
using SpiPlatform.TestKit;

namespace SpiPlatform.Metrics.Tests.Integration;

/// <summary>Development figures over the demo history, and the programme team's effort records.</summary>
[Collection(MetricsCollection.Collection)]
public sealed class DevelopmentFiguresTests(MetricsFixture fixture) : IAsyncLifetime
{
    private HttpClient _evaluator = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _evaluator = await fixture.StaffClientAsync(StaffLogin.Evaluator);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private const string Record = "mutation($input: RecordDevelopmentEffortInput!) { recordDevelopmentEffort(input: $input) { reference practitioners hoursPerPractitioner totalHours periodEnded source recordedBy } }";

    private async Task<string> AgreementIdAsync(string reference)
    {
        var response = await GraphQLClient.PostAsync(await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam), $"{{ agreement(reference: \"{reference}\") {{ id }} }}");
        Assert.False(response.HasErrors, response.Body.ToString());
        return response.Data.GetProperty("agreement").GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Powys_practitioners_gave_30_hours_each_over_eight_to_nine_months_and_their_number_is_not_invented()
    {
        var figures = (await MetricsApi.FigureAsync(_evaluator, "development", "from: \"2012-03\", to: \"2012-03\", dimension: \"SERVICE_AREA\"")).Figures("development");

        Assert.Equal((30.0, 1), figures.Measures("hoursPerPractitioner")[("2012-03", "ADULT_SAFEGUARDING")]);
        // The case study does not say how many practitioners took part, so there are no hours in all to add up.
        Assert.All(figures.Measures("practitionerHours").Values, v => Assert.Equal((null, 0), v));
        var powys = Assert.Single(figures.GetProperty("effort").EnumerateArray());
        Assert.Equal("ISP-2012-0002", powys.GetProperty("reference").GetString());
        Assert.Equal(JsonValueKind.Null, powys.GetProperty("practitioners").ValueKind);
        Assert.Equal(JsonValueKind.Null, powys.GetProperty("totalHours").ValueKind);
        Assert.Equal((8, 9), (powys.GetProperty("periodMonthsLow").GetInt32(), powys.GetProperty("periodMonthsHigh").GetInt32()));
        Assert.Contains("30 hours each", powys.GetProperty("source").GetString());
    }

    [Fact]
    public async Task Months_to_live_follow_the_development_start_and_go_live_dates()
    {
        var figures = (await MetricsApi.FigureAsync(_evaluator, "development", "from: \"2011-06\", to: \"2011-09\"")).Figures("development");

        // Flying Start: 4 Oct 2010 → 27 Jun 2011 = 266 days = 8.7 months; Gwent Frailty: 10 Jan → 20 Jun 2011 = 161 days
        // = 5.3; June's median is their mean, 7.0. Hafan Lles: 4 Oct 2010 → 5 Sep 2011 = 336 days = 11.0.
        var months = figures.GetProperty("agreements").EnumerateArray().ToDictionary(a => a.GetProperty("reference").GetString()!, a => a.GetProperty("months").GetDouble());
        Assert.Equal(new Dictionary<string, double> { ["ISP-2011-0001"] = 8.7, ["ISP-2011-0002"] = 5.3, ["ISP-2011-0003"] = 11.0 }, months);
        Assert.Equal((7.0, 2), figures.Measures("monthsToLive")[("2011-06", "TOTAL")]);
        Assert.Equal((11.0, 1), figures.Measures("monthsToLive")[("2011-09", "TOTAL")]);
    }

    [Fact]
    public async Task The_programme_team_records_effort_and_the_hours_in_all_count_by_service_area()
    {
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var hafanLles = await AgreementIdAsync("ISP-2011-0003");

        var response = await GraphQLClient.PostAsync(programme, Record, variables: new
        {
            input = new { agreementId = hafanLles, practitioners = 12, hoursPerPractitioner = 20.5, periodMonthsLow = 10, periodEnded = "2011-07", source = "Evaluation interview with the ISP coordinator" },
        });

        Assert.False(response.HasErrors, response.Body.ToString());
        Assert.Equal(246m, response.Data.GetProperty("recordDevelopmentEffort").GetProperty("totalHours").GetDecimal());
        Assert.Equal("staff:programme@demo.spi.wales", response.Data.GetProperty("recordDevelopmentEffort").GetProperty("recordedBy").GetString());
        var figures = (await MetricsApi.FigureAsync(_evaluator, "development", "from: \"2011-07\", to: \"2011-07\", dimension: \"SERVICE_AREA\"")).Figures("development");
        Assert.Equal((246.0, 1), figures.Measures("practitionerHours")[("2011-07", "INTEGRATED_HEALTH_AND_SOCIAL_CARE")]);
        Assert.Equal((20.5, 1), figures.Measures("hoursPerPractitioner")[("2011-07", "INTEGRATED_HEALTH_AND_SOCIAL_CARE")]);
    }

    [Theory]
    [InlineData(-5, 3, "2012-01", "A source", "hoursPerPractitioner")]
    [InlineData(30, 0, "2012-01", "A source", "practitioners")]
    [InlineData(30, 3, "2099-01", "A source", "periodEnded")]
    [InlineData(30, 3, "March 2012", "A source", "periodEnded")]
    [InlineData(30, 3, "2012-01", "  ", "source")]
    public async Task Bad_input_is_VALIDATION_FAILED_naming_the_field_and_records_nothing(double hours, int practitioners, string ended, string source, string field)
    {
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var powys = await AgreementIdAsync("ISP-2012-0002");

        var response = await GraphQLClient.PostAsync(programme, Record, variables: new
        {
            input = new { agreementId = powys, practitioners, hoursPerPractitioner = hours, periodEnded = ended, source },
        });

        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        Assert.Equal($"input.{field}", response.ErrorField());
        await PowysIsAsSeededAsync();
    }

    [Fact]
    public async Task An_unknown_agreement_is_VALIDATION_FAILED_on_agreementId()
    {
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);

        var response = await GraphQLClient.PostAsync(programme, Record, variables: new
        {
            input = new { agreementId = Guid.NewGuid(), hoursPerPractitioner = 30, periodEnded = "2012-01", source = "A source" },
        });

        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        Assert.Equal("input.agreementId", response.ErrorField());
    }

    [Fact]
    public async Task Evaluators_QA_reviewers_editors_clients_and_anonymous_callers_may_not_record_effort()
    {
        var powys = await AgreementIdAsync("ISP-2012-0002");
        var anonymous = fixture.Factory.CreateClient();
        var evaluatorToken = await OAuthTokens.GetAsync(anonymous, OAuthTokens.Evaluator, OAuthTokens.EvaluatorSecret);
        var input = new { input = new { agreementId = powys, practitioners = 8, hoursPerPractitioner = 30, periodEnded = "2012-03", source = "A guess" } };

        Assert.Equal(["UNAUTHENTICATED"], (await GraphQLClient.PostAsync(anonymous, Record, variables: input)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await GraphQLClient.PostAsync(anonymous, Record, evaluatorToken, variables: input)).ErrorCodes);
        foreach (var login in new[] { StaffLogin.Evaluator, StaffLogin.QaReviewer, StaffLogin.OrganisationEditor })
        {
            Assert.Equal(["FORBIDDEN"], (await GraphQLClient.PostAsync(await fixture.StaffClientAsync(login), Record, variables: input)).ErrorCodes);
        }
        await PowysIsAsSeededAsync();
    }

    private async Task PowysIsAsSeededAsync()
    {
        var figures = (await MetricsApi.FigureAsync(_evaluator, "development", "from: \"2010-01\", to: \"2019-12\"")).Figures("development");
        var powys = Assert.Single(figures.GetProperty("effort").EnumerateArray());
        Assert.Equal(30m, powys.GetProperty("hoursPerPractitioner").GetDecimal());
        Assert.Equal(JsonValueKind.Null, powys.GetProperty("practitioners").ValueKind);
        Assert.Equal("system:demo-data", powys.GetProperty("recordedBy").GetString());
    }
}
