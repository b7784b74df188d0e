using SpiPlatform.TestKit;

namespace SpiPlatform.Metrics.Tests.Integration;

[Collection(MetricsCollection.Collection)]
public sealed class MetricsAccessTests(MetricsFixture fixture)
{
    [Fact]
    public async Task Evaluators_the_programme_team_and_metrics_read_clients_read_the_figures()
    {
        var evaluator = await fixture.StaffClientAsync(StaffLogin.Evaluator);
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var client = fixture.Factory.CreateClient();
        var token = await OAuthTokens.GetAsync(client, OAuthTokens.Evaluator, OAuthTokens.EvaluatorSecret);

        foreach (var response in new[]
        {
            await MetricsApi.AdoptionAsync(evaluator), await MetricsApi.AgreementsAsync(programme), await MetricsApi.AdoptionAsync(client, token: token),
        })
        {
            Assert.False(response.HasErrors, response.Body.ToString());
            Assert.NotEqual(System.Text.Json.JsonValueKind.Null, response.Data.GetProperty("metrics").ValueKind);
        }
    }

    [Fact]
    public async Task Anonymous_callers_editors_QA_reviewers_and_clients_without_metrics_read_are_refused()
    {
        var anonymous = fixture.Factory.CreateClient();
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var qa = await fixture.StaffClientAsync(StaffLogin.QaReviewer);
        var partnerToken = await OAuthTokens.GetAsync(anonymous, OAuthTokens.Partner, OAuthTokens.PartnerSecret);

        Assert.Equal(["UNAUTHENTICATED"], (await MetricsApi.AdoptionAsync(anonymous)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await MetricsApi.AdoptionAsync(editor)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await MetricsApi.AgreementsAsync(qa)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await MetricsApi.AgreementsAsync(anonymous, token: partnerToken)).ErrorCodes);
    }

    [Theory]
    [InlineData("qualityAssurance")]
    [InlineData("development")]
    [InlineData("reviews")]
    [InlineData("training")]
    public async Task The_new_figures_are_read_by_evaluators_the_programme_team_and_metrics_read_clients_only(string figure)
    {
        var anonymous = fixture.Factory.CreateClient();
        var evaluatorToken = await OAuthTokens.GetAsync(anonymous, OAuthTokens.Evaluator, OAuthTokens.EvaluatorSecret);
        var partnerToken = await OAuthTokens.GetAsync(anonymous, OAuthTokens.Partner, OAuthTokens.PartnerSecret);

        foreach (var response in new[]
        {
            await MetricsApi.FigureAsync(await fixture.StaffClientAsync(StaffLogin.Evaluator), figure),
            await MetricsApi.FigureAsync(await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam), figure),
            await MetricsApi.FigureAsync(anonymous, figure, token: evaluatorToken),
        })
        {
            Assert.False(response.HasErrors, response.Body.ToString());
            Assert.NotEqual(System.Text.Json.JsonValueKind.Null, response.Data.GetProperty("metrics").GetProperty(figure).ValueKind);
        }
        Assert.Equal(["UNAUTHENTICATED"], (await MetricsApi.FigureAsync(anonymous, figure)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await MetricsApi.FigureAsync(await fixture.StaffClientAsync(StaffLogin.OrganisationEditor), figure)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await MetricsApi.FigureAsync(await fixture.StaffClientAsync(StaffLogin.QaReviewer), figure)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await MetricsApi.FigureAsync(anonymous, figure, token: partnerToken)).ErrorCodes);
    }

    [Fact]
    public async Task Every_Metrics_type_and_field_has_a_description()
    {
        var evaluator = await fixture.StaffClientAsync(StaffLogin.Evaluator);
        var types = new[]
        {
            "Metrics", "AdoptionFigures", "AgreementFigures", "FigurePoint", "OrganisationFigure", "AgreementPartnersFigure", "MeasurePoint",
            "AgreementFigure", "QualityAssuranceFigures", "DevelopmentFigures", "AgreementDevelopmentFigure", "DevelopmentEffort",
            "ReviewFigures", "TrainingFigures", "TrainingCoverage", "RecordDevelopmentEffortInput",
        };
        foreach (var type in types)
        {
            var response = await GraphQLClient.PostAsync(evaluator,
                $"{{ __type(name: \"{type}\") {{ description fields {{ name description args {{ name description }} }} inputFields {{ name description }} }} }}");
            var t = response.Data.GetProperty("__type");
            Assert.False(string.IsNullOrWhiteSpace(t.GetProperty("description").GetString()), type);
            var fields = t.GetProperty("fields").ValueKind == System.Text.Json.JsonValueKind.Array ? t.GetProperty("fields") : t.GetProperty("inputFields");
            foreach (var field in fields.EnumerateArray())
            {
                Assert.False(string.IsNullOrWhiteSpace(field.GetProperty("description").GetString()), $"{type}.{field.GetProperty("name")}");
                var args = field.TryGetProperty("args", out var a) ? a.EnumerateArray().ToList() : [];
                foreach (var arg in args)
                {
                    Assert.False(string.IsNullOrWhiteSpace(arg.GetProperty("description").GetString()), $"{type}.{field.GetProperty("name")}({arg.GetProperty("name")})");
                }
            }
        }
    }
}
