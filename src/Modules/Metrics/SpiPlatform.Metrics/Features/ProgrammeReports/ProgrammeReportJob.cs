using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using SpiPlatform.Metrics.Data;
using SpiPlatform.Metrics.Features.Figures;
using SpiPlatform.Metrics.Features.Snapshots;
using SpiPlatform.SharedKernel;

namespace SpiPlatform.Metrics.Features.ProgrammeReports;

/// <summary>
/// Builds a month's programme report (Hangfire: queued by a request, and monthly for the month before). A Ready report
/// is left alone. Everything is built in memory first; the files and the Ready state are then written in one
/// transaction, under a lock on the report's row, so a run killed midway leaves no files and a parallel run waits and
/// then finds it Ready. A run that throws marks the report Failed (not rethrown: Hangfire's retries would race a new request), so it can be asked for again.
/// </summary>
internal sealed class ProgrammeReportJob(MetricsDbContext db, TimeProvider clock, ILogger<ProgrammeReportJob> log)
{
    public const string Id = "metrics-programme-report";

    /// <summary>The monthly run: the report of the month that ended last (its snapshot is taken daily at 03:30).</summary>
    public Task RunForLastEndedMonthAsync(CancellationToken ct) => RunAsync(MonthlySnapshotJob.LastEndedMonth(clock).ToString(), ct);

    /// <summary>Builds the report of <paramref name="month"/> (YYYY-MM) unless it is Ready.</summary>
    public async Task RunAsync(string month, CancellationToken ct)
    {
        var first = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await ClaimAsync(first, ct);
        if (await db.ProgrammeReports.AnyAsync(r => r.Month == first && r.State == ProgrammeReportState.Ready, ct))
        {
            return;
        }
        try
        {
            var snapshot = await db.Snapshots.AsNoTracking().SingleOrDefaultAsync(s => s.Month == first, ct)
                ?? throw new InvalidOperationException($"No snapshot of {month} has been taken.");
            var built = ProgrammeReportBuilder.Build(Month.Of(first), snapshot.ReadValues(), ct);
            await WriteAsync(first, built, ct);
        }
        catch (Exception e)
        {
            log.LogError(e, "The programme report for {Month} failed.", month);
            db.ChangeTracker.Clear();
            await db.ProgrammeReports.Where(r => r.Month == first && r.State != ProgrammeReportState.Ready)
                .ExecuteUpdateAsync(u => u.SetProperty(r => r.State, ProgrammeReportState.Failed)
                    .SetProperty(r => r.Error, e.GetBaseException().Message).SetProperty(r => r.FinishedAt, clock.GetUtcNow()), CancellationToken.None);
        }
    }

    // The monthly run has no request row: it inserts its own (a request's row, or a Failed one, is run as it is).
    private async Task ClaimAsync(DateOnly first, CancellationToken ct)
        => await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO metrics.programme_reports ("Month", "State", "RequestedAt", "RequestedBy")
            VALUES ({first}, 'Running', {clock.GetUtcNow()}, {ProgrammeReport.Schedule}) ON CONFLICT DO NOTHING
            """, ct);

    private async Task WriteAsync(DateOnly first, BuiltReport built, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var report = await db.ProgrammeReports
            .FromSqlInterpolated($"""SELECT * FROM metrics.programme_reports WHERE "Month" = {first} FOR UPDATE""")
            .SingleAsync(ct);
        if (report.State == ProgrammeReportState.Ready)
        {
            return;
        }
        await db.Set<ProgrammeReportFile>().Where(f => f.Month == first).ExecuteDeleteAsync(ct);
        foreach (var (figure, csv) in built.CsvByFigure)
        {
            db.Set<ProgrammeReportFile>().Add(new ProgrammeReportFile { Month = first, Figure = figure, Csv = csv });
        }
        report.Html = built.Html;
        report.Xlsx = built.Xlsx;
        report.State = ProgrammeReportState.Ready;
        report.Error = null;
        report.FinishedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
