using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.Metrics.Data;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.Metrics.Features.ProgrammeReports;

/// <summary>Finds a report by its YYYY-MM month, and serves a Ready report's workbook and CSV files (any other is not found).</summary>
internal static class ProgrammeReportFiles
{
    public static async Task<ProgrammeReport?> FindAsync(MetricsDbContext db, string month, CancellationToken ct)
        => DateOnly.TryParseExact(month, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            ? await db.ProgrammeReports.AsNoTracking().SingleOrDefaultAsync(r => r.Month == first, ct)
            : null;

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/reports/{month}.xlsx", async (string month, MetricsDbContext db, CancellationToken ct)
                => await FindAsync(db, month, ct) is { State: ProgrammeReportState.Ready, Xlsx: { } xlsx }
                    ? Results.File(xlsx, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"programme-report-{month}.xlsx")
                    : Results.NotFound())
            .RequireAuthorization(p => p.RequireRole(SpiRoles.ProgrammeTeam, SpiRoles.Evaluator));
        app.MapGet("/reports/{month}/{figure}.csv", async (string month, string figure, MetricsDbContext db, CancellationToken ct) =>
            {
                var report = await FindAsync(db, month, ct);
                var file = report is { State: ProgrammeReportState.Ready }
                    ? await db.Set<ProgrammeReportFile>().AsNoTracking().SingleOrDefaultAsync(f => f.Month == report.Month && f.Figure == figure, ct)
                    : null;
                return file is null ? Results.NotFound() : Results.File(file.Csv, "text/csv; charset=utf-8", $"programme-report-{month}-{figure}.csv");
            })
            .RequireAuthorization(p => p.RequireRole(SpiRoles.ProgrammeTeam, SpiRoles.Evaluator));
    }
}
