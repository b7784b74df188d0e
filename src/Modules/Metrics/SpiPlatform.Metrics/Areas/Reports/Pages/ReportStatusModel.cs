using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.Metrics.Data;
using SpiPlatform.Metrics.Features.ProgrammeReports;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.Metrics.Areas.Reports.Pages;

/// <summary>One report's row, as htmx polls it while the report is being built (no layout: a fragment).</summary>
[Authorize(Roles = $"{SpiRoles.ProgrammeTeam},{SpiRoles.Evaluator}")]
internal sealed class ReportStatusModel(MetricsDbContext db) : PageModel
{
    public ProgrammeReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string month, CancellationToken ct)
    {
        if (await ProgrammeReportFiles.FindAsync(db, month, ct) is not { } report)
        {
            return NotFound();
        }
        Report = report;
        return Partial("_ReportRow", report);
    }
}
