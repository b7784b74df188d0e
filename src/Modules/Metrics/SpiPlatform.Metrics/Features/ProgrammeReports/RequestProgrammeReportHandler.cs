using System.Globalization;
using System.Security.Claims;
using Hangfire;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.Metrics.Data;
using SpiPlatform.Metrics.Features.Figures;
using SpiPlatform.Metrics.Features.Snapshots;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.Metrics.Features.ProgrammeReports;

/// <summary>
/// The programme team asks for the report of a month that has ended and has a snapshot. Inserting the Running row is
/// the claim (the month is its key): of two requests at once one inserts and queues the job, the other finds the row.
/// A Failed report goes back to Running and is queued again; a Running or Ready one is returned as it is.
/// </summary>
internal sealed class RequestProgrammeReportHandler(MetricsDbContext db, IBackgroundJobClient jobs, TimeProvider clock)
{
    public static bool MayRequest(ClaimsPrincipal user) => user.IsInRole(SpiRoles.ProgrammeTeam);

    public async Task<Result<ProgrammeReport>> RequestAsync(string? monthText, ClaimsPrincipal user, CancellationToken ct)
    {
        if (!MayRequest(user))
        {
            return Problem.Forbidden("Only the programme team may ask for a programme report.");
        }
        if (!DateOnly.TryParseExact(monthText?.Trim() ?? "", "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return Problem.Invalid("month", "Give the month as YYYY-MM, e.g. 2012-03.");
        }
        var month = Month.Of(day);
        var lastEnded = MonthlySnapshotJob.LastEndedMonth(clock);
        if (month > lastEnded)
        {
            return Problem.Describe(ErrorCodes.ValidationFailed, "month", "The month {0} has not ended yet: the latest month with a report is {1}.", month.ToString(), lastEnded.ToString());
        }
        if (!await db.Snapshots.AnyAsync(s => s.Month == month.First, ct))
        {
            return Problem.Describe(ErrorCodes.NotFound, "month", "There is no snapshot of {0}, so there can be no report of it.", month.ToString());
        }
        var claimed = await db.Database.SqlQuery<DateOnly>($"""
            INSERT INTO metrics.programme_reports AS r ("Month", "State", "RequestedAt", "RequestedBy")
            VALUES ({month.First}, 'Running', {clock.GetUtcNow()}, {Actor.From(user).Id})
            ON CONFLICT ("Month") DO UPDATE SET "State" = 'Running', "RequestedAt" = excluded."RequestedAt",
                "RequestedBy" = excluded."RequestedBy", "FinishedAt" = NULL, "Error" = NULL
            WHERE r."State" = 'Failed'
            RETURNING r."Month" AS "Value"
            """).ToListAsync(ct);
        if (claimed.Count > 0)
        {
            jobs.Enqueue<ProgrammeReportJob>(job => job.RunAsync(month.ToString(), CancellationToken.None));
        }
        return await db.ProgrammeReports.AsNoTracking().SingleAsync(r => r.Month == month.First, ct);
    }
}
