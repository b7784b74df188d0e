using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.Metrics.Data;
using SpiPlatform.Metrics.Features.ProgrammeReports;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.Metrics.Areas.Reports.Pages;

/// <summary>A Ready report's page (the HTML the job built, both languages) and its downloads; any other is not found.</summary>
[Authorize(Roles = $"{SpiRoles.ProgrammeTeam},{SpiRoles.Evaluator}")]
internal sealed class ReportModel(MetricsDbContext db) : PageModel
{
    public string Month { get; private set; } = "";

    public string Html { get; private set; } = "";

    public IReadOnlyList<string> Figures { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string month, CancellationToken ct)
    {
        if (await ProgrammeReportFiles.FindAsync(db, month, ct) is not { State: ProgrammeReportState.Ready } report)
        {
            return NotFound();
        }
        Month = month;
        Html = report.Html ?? "";
        Figures = await db.Set<ProgrammeReportFile>().Where(f => f.Month == report.Month).OrderBy(f => f.Figure).Select(f => f.Figure).ToListAsync(ct);
        return Page();
    }
}
