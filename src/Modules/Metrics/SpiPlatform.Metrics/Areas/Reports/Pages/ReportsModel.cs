using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SpiPlatform.Metrics.Data;
using SpiPlatform.Metrics.Features.ProgrammeReports;
using SpiPlatform.Metrics.Localization;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Web;

namespace SpiPlatform.Metrics.Areas.Reports.Pages;

/// <summary>
/// The programme reports: every month asked for, with its state (a running one polls its status fragment with htmx;
/// without JavaScript a refresh shows the same). The programme team asks for a month with the form.
/// </summary>
[Authorize(Roles = $"{SpiRoles.ProgrammeTeam},{SpiRoles.Evaluator}")]
internal sealed class ReportsModel(MetricsDbContext db, RequestProgrammeReportHandler handler, IStringLocalizer<MetricsResource> l) : PageModel
{
    public IReadOnlyList<ProgrammeReport> Reports { get; private set; } = [];

    public FormErrors Errors { get; private set; } = new();

    [BindProperty]
    public string? Month { get; set; }

    public bool MayRequest => RequestProgrammeReportHandler.MayRequest(User);

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await handler.RequestAsync(Month, User, ct);
        if (result.Problems.Any(p => p.Code == ErrorCodes.Forbidden))
        {
            return Forbid();
        }
        if (result.Problems.Count > 0)
        {
            Errors = FormErrors.From(result.Problems, l);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            await LoadAsync(ct);
            return Page();
        }
        return Redirect(ProgrammeReportPaths.List);
    }

    private async Task LoadAsync(CancellationToken ct)
        => Reports = await db.ProgrammeReports.AsNoTracking().OrderByDescending(r => r.Month).ToListAsync(ct);
}
