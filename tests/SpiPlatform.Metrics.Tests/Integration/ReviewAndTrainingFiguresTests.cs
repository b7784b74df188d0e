using Npgsql;
using SpiPlatform.Metrics.Features.ReadModel;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.TestKit;
using SpiPlatform.Training.Contracts;

namespace SpiPlatform.Metrics.Tests.Integration;

/// <summary>Review figures from the review dates the agreements' versions carry; training figures as Training reports them now.</summary>
[Collection(MetricsCollection.Collection)]
public sealed class ReviewAndTrainingFiguresTests(MetricsFixture fixture) : IAsyncLifetime
{
    private HttpClient _evaluator = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _evaluator = await fixture.StaffClientAsync(StaffLogin.Evaluator);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_live_agreement_whose_review_date_passed_is_overdue_from_the_next_month_end_and_not_reviewed_on_time()
    {
        var before = (await MetricsApi.FigureAsync(_evaluator, "reviews", "from: \"2026-02\", to: \"2026-05\"")).Figures("reviews");
        // The demo agreements' reviews all fall due in 2027.
        Assert.All(before.Series("overdue").Values, v => Assert.Equal(0, v));

        await using (var connection = new NpgsqlConnection(fixture.Factory.Database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var script = new NpgsqlCommand("""
                UPDATE protocols.agreements SET "ReviewDue" = '2026-03-31' WHERE "Reference" = 'ISP-2011-0003';
                UPDATE protocols.versions v SET "Snapshot" = jsonb_set(v."Snapshot", '{reviewDue}', '"2026-03-31"')
                FROM protocols.agreements a WHERE a."Id" = v."AgreementId" AND a."Reference" = 'ISP-2011-0003';
                """, connection);
            Assert.True(await script.ExecuteNonQueryAsync() >= 2);
        }
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<MetricsBackfill>().RunAsync(CancellationToken.None);
        }

        var figures = (await MetricsApi.FigureAsync(_evaluator, "reviews", "from: \"2026-02\", to: \"2026-05\", dimension: \"SERVICE_AREA\"")).Figures("reviews");
        var overdue = figures.Series("overdue");
        // Due on 31 March: not yet overdue at the end of that day, overdue at the end of April and May.
        Assert.Equal([0, 0, 1, 1], new[] { "2026-02", "2026-03", "2026-04", "2026-05" }.Select(m => overdue[(m, "INTEGRATED_HEALTH_AND_SOCIAL_CARE")]));
        Assert.Equal(1, figures.Series("due")[("2026-03", "INTEGRATED_HEALTH_AND_SOCIAL_CARE")]);
        Assert.Equal(0, figures.Series("reviewedOnTime")[("2026-03", "INTEGRATED_HEALTH_AND_SOCIAL_CARE")]);
        Assert.Equal((0.0, 1), figures.Measures("shareReviewedOnTime")[("2026-03", "INTEGRATED_HEALTH_AND_SOCIAL_CARE")]);
        Assert.Equal((null, 0), figures.Measures("shareReviewedOnTime")[("2026-04", "INTEGRATED_HEALTH_AND_SOCIAL_CARE")]);
    }

    [Fact]
    public async Task Training_figures_are_the_Training_modules_current_counts_for_the_current_month()
    {
        IReadOnlyDictionary<TrainingNeedStatus, int> needs;
        IReadOnlyList<AreaFacilitators> facilitators;
        TrainingCoverage coverage;
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var training = scope.ServiceProvider.GetRequiredService<ITrainingApi>();
            needs = await training.NeedsByStatusAsync(CancellationToken.None);
            facilitators = await training.FacilitatorsByAreaAsync(CancellationToken.None);
            coverage = await training.LiveAgreementCoverageAsync(CancellationToken.None);
        }
        var month = $"{fixture.Factory.Services.GetRequiredService<TimeProvider>().TodayInWales():yyyy-MM}";
        var one = facilitators.First();
        var area = Names.Constant(one.Area);

        var all = (await MetricsApi.FigureAsync(_evaluator, "training")).Figures("training");
        var inPowys = (await MetricsApi.FigureAsync(_evaluator, "training", $"area: \"{area}\"")).Figures("training");

        Assert.Equal(month, all.GetProperty("period").GetString());
        Assert.Equal(needs[TrainingNeedStatus.Identified], all.Series("needs")[(month, "IDENTIFIED")]);
        Assert.Equal(needs[TrainingNeedStatus.Planned], all.Series("needs")[(month, "PLANNED")]);
        Assert.Equal(needs[TrainingNeedStatus.Met], all.Series("needs")[(month, "MET")]);
        Assert.Equal(facilitators.Count, all.Series("facilitators").Count);
        Assert.Equal(coverage.PartnerOrganisations, all.GetProperty("coverage").GetProperty("partnerOrganisations").GetInt32());
        Assert.Equal(new Dictionary<(string, string), int> { [(month, area)] = one.Facilitators }, inPowys.Series("facilitators"));
        Assert.Equal(new Dictionary<(string, string), int> { [(month, area)] = one.Available }, inPowys.Series("availableFacilitators"));
    }
}
