using System.Globalization;
using MiniExcelLibs;
using SpiPlatform.Metrics.Data;
using SpiPlatform.Metrics.Features.Figures;
using SpiPlatform.Metrics.Features.ProgrammeReports;
using SpiPlatform.Web;

namespace SpiPlatform.Metrics.Tests.Integration;

/// <summary>The monthly programme report: built from the month's snapshot, whole or not at all, asked for once.</summary>
[Collection(MetricsCollection.Collection)]
public sealed class ProgrammeReportTests(MetricsFixture fixture) : IAsyncLifetime
{
    // A month the demo back-fill froze, with signatures and agreements in it.
    private const string March2012 = "2012-03";
    private static readonly DateOnly March2012First = new(2012, 3, 1);

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task RunJobAsync(string month)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ProgrammeReportJob>().RunAsync(month, CancellationToken.None);
    }

    private async Task<T> WithDbAsync<T>(Func<MetricsDbContext, Task<T>> read)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        return await read(scope.ServiceProvider.GetRequiredService<MetricsDbContext>());
    }

    private Task<List<ProgrammeReport>> ReportsAsync()
        => WithDbAsync(db => db.ProgrammeReports.AsNoTracking().Include(r => r.Files).ToListAsync());

    private Task<IReadOnlyList<SnapshotValue>> SnapshotValuesAsync(DateOnly month)
        => WithDbAsync(async db => (await db.Snapshots.AsNoTracking().SingleAsync(s => s.Month == month)).ReadValues());

    [Fact]
    public async Task The_workbook_read_back_holds_the_snapshots_numbers_one_sheet_per_figure_and_a_CSV_each()
    {
        await RunJobAsync(March2012);

        var report = Assert.Single(await ReportsAsync());
        Assert.Equal(ProgrammeReportState.Ready, report.State);
        var values = await SnapshotValuesAsync(March2012First);
        var figures = values.Select(v => v.Figure).Distinct().ToList();
        Assert.Contains("adoption", figures);
        using var xlsx = new MemoryStream(report.Xlsx!);
        Assert.Equal(figures, xlsx.GetSheetNames());
        foreach (var figure in figures)
        {
            var expected = values.Where(v => v.Figure == figure).Select(v => $"{v.Series}|{v.Dimension}|{v.Key}|{v.Value.ToString(CultureInfo.InvariantCulture)}").ToList();
            var rows = xlsx.Query(useHeaderRow: true, sheetName: figure).Cast<IDictionary<string, object>>()
                .Select(r => $"{r["series"]}|{r["dimension"]}|{r["key"]}|{Convert.ToDecimal(r["value"], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)}").ToList();
            Assert.Equal(expected, rows);
            var csv = report.Files.Single(f => f.Figure == figure).Csv;
            Assert.Equal(Csv.Utf8WithBom.GetPreamble(), csv.Take(3));
            Assert.Equal(expected.Count + 1, Csv.Utf8WithBom.GetString(csv[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        }
        Assert.Equal(figures.Count, report.Files.Count);
        Assert.Contains("Programme report for March 2012", report.Html);
        Assert.Contains("Adroddiad y rhaglen ar gyfer Mawrth 2012", report.Html);
    }

    [Fact]
    public async Task A_run_that_fails_midway_leaves_no_files_and_a_re_run_makes_exactly_one_ready_report()
    {
        var values = await SnapshotValuesAsync(March2012First);
        // The database refuses a month's second file: the run fails after writing the first one in its transaction.
        await WithDbAsync(db => db.Database.ExecuteSqlRawAsync("""
            CREATE FUNCTION metrics.fail_report_file() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN IF EXISTS (SELECT 1 FROM metrics.programme_report_files f WHERE f."Month" = NEW."Month") THEN RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$;
            CREATE TRIGGER fail_report_file BEFORE INSERT ON metrics.programme_report_files FOR EACH ROW EXECUTE FUNCTION metrics.fail_report_file();
            """));
        try
        {
            await RunJobAsync(March2012);
        }
        finally
        {
            await WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DROP TRIGGER fail_report_file ON metrics.programme_report_files; DROP FUNCTION metrics.fail_report_file();"));
        }

        var failed = Assert.Single(await ReportsAsync());
        Assert.Equal(ProgrammeReportState.Failed, failed.State);
        Assert.Contains("disk full", failed.Error);
        Assert.Empty(failed.Files);
        Assert.Null(failed.Xlsx);
        Assert.Null(failed.Html);

        await RunJobAsync(March2012);
        await RunJobAsync(March2012);

        var ready = Assert.Single(await ReportsAsync());
        Assert.Equal(ProgrammeReportState.Ready, ready.State);
        Assert.Null(ready.Error);
        Assert.Equal(values.Select(v => v.Figure).Distinct().Count(), ready.Files.Count);
    }
}
