using Hangfire;
using Hangfire.Storage;
using SpiPlatform.SharedKernel;
using SpiPlatform.Metrics.Data;
using SpiPlatform.Metrics.Features.ProgrammeReports;
using SpiPlatform.TestKit;

namespace SpiPlatform.Metrics.Tests.Integration;

/// <summary><c>requestProgrammeReport</c> and <c>programmeReports</c>: who may ask, bad months, two requests at once.</summary>
[Collection(MetricsCollection.Collection)]
public sealed class ProgrammeReportApiTests(MetricsFixture fixture) : IAsyncLifetime
{
    private const string Request = "mutation($month: String!) { requestProgrammeReport(input: { month: $month }) { month state requestedAt finishedAt xlsxUrl } }";
    private const string List = "{ programmeReports { month state requestedAt finishedAt xlsxUrl } }";

    public Task InitializeAsync() => fixture.ResetAsync();

    public async Task DisposeAsync() => await fixture.Factory.Services.QueuedJobsFinishedAsync();

    private async Task<int> StoredReportsAsync()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MetricsDbContext>().ProgrammeReports.CountAsync();
    }

    private int JobsQueuedFor(string month)
    {
        var monitoring = fixture.Factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        return monitoring.SucceededJobs(0, 1000).Select(j => j.Value.Job)
            .Concat(monitoring.FailedJobs(0, 1000).Select(j => j.Value.Job))
            .Count(j => j?.Type == typeof(ProgrammeReportJob) && j.Args.Count > 0 && Equals(j.Args[0], month));
    }

    [Fact]
    public async Task Two_requests_at_once_store_one_report_and_queue_one_job_which_makes_it_ready()
    {
        const string month = "2011-06";
        var clients = new[] { await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam), await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam) };

        var responses = await Task.WhenAll(clients.Select(c => GraphQLClient.PostAsync(c, Request, variables: new { month })));

        Assert.All(responses, r => Assert.False(r.HasErrors, r.Body.ToString()));
        Assert.All(responses, r => Assert.Equal(month, r.Data.GetProperty("requestProgrammeReport").GetProperty("month").GetString()));
        Assert.Equal(1, await StoredReportsAsync());
        await fixture.Factory.Services.QueuedJobsFinishedAsync();
        Assert.Equal(1, JobsQueuedFor(month));
        var listed = (await GraphQLClient.PostAsync(clients[0], List)).Data.GetProperty("programmeReports").EnumerateArray().Single();
        Assert.Equal("READY", listed.GetProperty("state").GetString());
        Assert.Equal($"/reports/{month}.xlsx", listed.GetProperty("xlsxUrl").GetString());
    }

    [Fact]
    public async Task Only_the_programme_team_may_ask_and_evaluators_may_list()
    {
        var anonymous = await fixture.StaffClientAsync(null);
        var variables = new { month = "2011-07" };
        Assert.Equal(["UNAUTHENTICATED"], (await GraphQLClient.PostAsync(anonymous, Request, variables: variables)).ErrorCodes);
        var evaluatorToken = await OAuthTokens.GetAsync(anonymous, OAuthTokens.Evaluator, OAuthTokens.EvaluatorSecret);
        Assert.Equal(["FORBIDDEN"], (await GraphQLClient.PostAsync(anonymous, Request, evaluatorToken, variables: variables)).ErrorCodes);
        foreach (var login in new[] { StaffLogin.Evaluator, StaffLogin.OrganisationEditor })
        {
            Assert.Equal(["FORBIDDEN"], (await GraphQLClient.PostAsync(await fixture.StaffClientAsync(login), Request, variables: variables)).ErrorCodes);
        }
        Assert.Equal(0, await StoredReportsAsync());

        var asked = await GraphQLClient.PostAsync(await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam), Request, variables: variables);
        Assert.False(asked.HasErrors, asked.Body.ToString());

        var evaluators = await GraphQLClient.PostAsync(await fixture.StaffClientAsync(StaffLogin.Evaluator), List);
        Assert.Equal("2011-07", evaluators.Data.GetProperty("programmeReports")[0].GetProperty("month").GetString());
        Assert.False((await GraphQLClient.PostAsync(anonymous, List, evaluatorToken)).HasErrors);
        Assert.Equal(["FORBIDDEN"], (await GraphQLClient.PostAsync(await fixture.StaffClientAsync(StaffLogin.OrganisationEditor), List)).ErrorCodes);
    }

    [Theory]
    [InlineData("2012-3", "VALIDATION_FAILED")]
    [InlineData("March 2012", "VALIDATION_FAILED")]
    [InlineData("2099-01", "VALIDATION_FAILED")]
    [InlineData("current", "VALIDATION_FAILED")]
    [InlineData("1999-01", "NOT_FOUND")]
    public async Task A_bad_month_is_refused_on_the_month_field_and_stores_nothing(string month, string code)
    {
        if (month == "current")
        {
            var today = SpiPlatform.SharedKernel.WalesClock.TodayInWales(fixture.Factory.Services.GetRequiredService<TimeProvider>());
            month = $"{today.Year:D4}-{today.Month:D2}";
        }

        var response = await GraphQLClient.PostAsync(await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam), Request, variables: new { month });

        Assert.Equal([code], response.ErrorCodes);
        Assert.Equal("input.month", response.Body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("field").GetString());
        Assert.Equal(0, await StoredReportsAsync());
    }

    [Fact]
    public void The_monthly_run_is_on_the_2nd_at_four_in_wales_after_the_snapshot_of_the_month_is_taken()
    {
        using var connection = fixture.Factory.Services.GetRequiredService<JobStorage>().GetConnection();

        var job = connection.GetRecurringJobs().Single(j => j.Id == ProgrammeReportJob.Id);

        Assert.Equal("0 4 2 * *", job.Cron);
        Assert.Equal(WalesClock.TimeZone.Id, job.TimeZoneId);
        Assert.Equal(nameof(ProgrammeReportJob.RunForLastEndedMonthAsync), job.Job.Method.Name);
    }
}
