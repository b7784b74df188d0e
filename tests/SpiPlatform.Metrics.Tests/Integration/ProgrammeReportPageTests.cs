using System.Net;
using AngleSharp.Html.Parser;
using MiniExcelLibs;
using SpiPlatform.Metrics.Data;
using SpiPlatform.Metrics.Features.ProgrammeReports;
using SpiPlatform.TestKit;

namespace SpiPlatform.Metrics.Tests.Integration;

/// <summary>The reports pages over real HTTP: the list and its polling row, the request form, the report and its downloads.</summary>
[Collection(MetricsCollection.Collection)]
public sealed class ProgrammeReportPageTests(MetricsFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public async Task DisposeAsync() => await fixture.Factory.Services.QueuedJobsFinishedAsync();

    private async Task InsertRunningAsync(DateOnly month)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MetricsDbContext>();
        db.ProgrammeReports.Add(new ProgrammeReport { Month = month, State = ProgrammeReportState.Running, RequestedAt = DateTimeOffset.UtcNow, RequestedBy = "test" });
        await db.SaveChangesAsync();
    }

    private async Task RunJobAsync(string month)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ProgrammeReportJob>().RunAsync(month, CancellationToken.None);
    }

    private async Task<int> StoredReportsAsync()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MetricsDbContext>().ProgrammeReports.CountAsync();
    }

    private static async Task<HttpResponseMessage> PostMonthAsync(HttpClient client, string month)
    {
        var form = new HtmlParser().ParseDocument(await client.GetStringAsync("/reports")).QuerySelector("[data-testid=request-report]");
        // The programme team posts the form's own token; an evaluator, who has no form, the layout's.
        var token = form is null
            ? await StaffLogin.AntiforgeryTokenAsync(client, "/reports")
            : form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        return await client.PostAsync("/reports", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["month"] = month, ["__RequestVerificationToken"] = token,
        }));
    }

    [Fact]
    public async Task A_running_reports_row_polls_its_status_and_stops_once_ready_and_a_refresh_shows_the_same()
    {
        await InsertRunningAsync(new DateOnly(2011, 8, 1));
        var client = await fixture.StaffClientAsync(StaffLogin.Evaluator);

        var list = new HtmlParser().ParseDocument(await client.GetStringAsync("/reports"));
        var row = list.QuerySelector("[data-testid=report-2011-08]")!;
        Assert.Equal("Running", row.GetAttribute("data-state"));
        Assert.Equal("/reports/2011-08/status", row.GetAttribute("hx-get"));
        Assert.Equal("every 2s", row.GetAttribute("hx-trigger"));
        Assert.Null(list.QuerySelector("[data-testid=request-report]"));

        await RunJobAsync("2011-08");

        using var fragment = await client.GetAsync("/reports/2011-08/status");
        var html = await fragment.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, fragment.StatusCode);
        Assert.DoesNotContain("<html", html);
        var ready = new HtmlParser().ParseDocument($"<table><tbody>{html}</tbody></table>").QuerySelector("[data-testid=report-2011-08]")!;
        Assert.Equal("Ready", ready.GetAttribute("data-state"));
        Assert.Null(ready.GetAttribute("hx-trigger"));
        Assert.Null(ready.GetAttribute("hx-get"));
        var refreshed = new HtmlParser().ParseDocument(await client.GetStringAsync("/reports")).QuerySelector("[data-testid=report-2011-08]")!;
        Assert.Equal("Ready", refreshed.GetAttribute("data-state"));
        Assert.Equal("/reports/2011-08.xlsx", refreshed.QuerySelector("a[href$='.xlsx']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task The_programme_team_asks_by_form_and_gets_the_report_page_workbook_and_csv_in_welsh_too()
    {
        var client = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);

        using var posted = await PostMonthAsync(client, "2012-02");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        await fixture.Factory.Services.QueuedJobsFinishedAsync();

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/reports/2012-02"));
        Assert.Equal("Programme report for 2012-02", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Programme report for February 2012", page.QuerySelector("[data-testid=report-en] h2")!.TextContent);
        Assert.Contains("Adroddiad y rhaglen ar gyfer Chwefror 2012", page.QuerySelector("[data-testid=report-cy] h2")!.TextContent);
        using var xlsx = await client.GetAsync("/reports/2012-02.xlsx");
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Contains("adoption", new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()).GetSheetNames());
        using var csv = await client.GetAsync("/reports/2012-02/adoption.csv");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.StartsWith("series,dimension,key,value", (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF'));

        var cy = new HtmlParser().ParseDocument(await client.GetStringAsync("/reports?culture=cy"));
        Assert.Equal("Adroddiadau'r rhaglen", cy.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task A_bad_month_re_renders_the_form_with_its_message_and_stores_nothing()
    {
        var client = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);

        using var response = await PostMonthAsync(client, "2099-01");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("The month 2099-01 has not ended yet", page.QuerySelector("[data-testid=request-report]")!.TextContent);
        Assert.Equal(0, await StoredReportsAsync());
    }

    [Fact]
    public async Task Evaluators_read_but_may_not_ask_and_others_are_refused()
    {
        var evaluator = await fixture.StaffClientAsync(StaffLogin.Evaluator);
        using var refused = await PostMonthAsync(evaluator, "2012-01");
        Assert.True(refused.StatusCode is HttpStatusCode.Forbidden
            || (refused.StatusCode == HttpStatusCode.Redirect && refused.Headers.Location!.OriginalString.Contains("/account/access-denied", StringComparison.OrdinalIgnoreCase)),
            $"{refused.StatusCode} {refused.Headers.Location}");
        Assert.Equal(0, await StoredReportsAsync());

        foreach (var email in new[] { StaffLogin.OrganisationEditor, null })
        {
            using var response = await (await fixture.StaffClientAsync(email)).GetAsync("/reports");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains(email is null ? "/account/login" : "/account/access-denied", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        }
        using var download = await (await fixture.StaffClientAsync(StaffLogin.OrganisationEditor)).GetAsync("/reports/2012-01.xlsx");
        Assert.NotEqual(HttpStatusCode.OK, download.StatusCode);
    }
}
