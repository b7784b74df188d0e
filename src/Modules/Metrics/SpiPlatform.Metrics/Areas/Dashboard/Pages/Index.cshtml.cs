using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SpiPlatform.Metrics.Features.Dashboard;
using SpiPlatform.Metrics.Features.Figures;
using SpiPlatform.Metrics.Localization;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Web;

namespace SpiPlatform.Metrics.Areas.Dashboard.Pages;

/// <summary>
/// The programme dashboard: tiles and charts over one filter, for the programme team and evaluators. The filter form is
/// a GET: htmx swaps the panels (and pushes the URL); without JavaScript the same form reloads the page.
/// </summary>
[Authorize(Roles = $"{SpiRoles.ProgrammeTeam},{SpiRoles.Evaluator}")]
internal sealed class DashboardModel(DashboardReader reader, TimeProvider clock, IStringLocalizer<MetricsResource> l) : PageModel
{
    public const string Path = "/dashboard";

    public DashboardFilter Filter { get; private set; } = null!;

    /// <summary>The figures; null when the filter was refused (the form and its messages are shown instead).</summary>
    public DashboardFigures? Figures { get; private set; }

    public FormErrors Errors { get; private set; } = new();

    /// <summary>What the status line under the form says (htmx replaces it with the panels, so a screen reader hears it).</summary>
    public string StatusText(IStringLocalizer<MetricsResource> localizer)
        => Errors.Any ? localizer["The figures could not be shown: check the filter."] : localizer["Showing {0}.", DashboardCharts.Period(localizer, Filter)];

    /// <summary>Whether this answer replaces the panels of a page already shown.</summary>
    public bool IsPartial => Request.IsHtmx() && !Request.IsHtmxHistoryRestoreRequest();

    /// <summary>What the reader typed, shown back in the form when it was refused.</summary>
    public string Typed(string field) => Request.Query[field].ToString();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (filter, problems) = DashboardFilterReader.Read(Request.Query, Month.Of(clock.TodayInWales()));
        Filter = filter;
        if (problems.Count > 0)
        {
            Errors = FormErrors.From(problems, l);
            // 422: what htmx swaps in (as the layout's htmx config says), so the messages show in the panels region too.
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        else
        {
            Figures = await reader.ReadAsync(filter, ct);
        }
        // The same URL answers with the panels or the whole page: caches must keep them apart.
        Response.Htmx(h => h.WithVary());
        return IsPartial ? Partial("_DashboardPanels", this) : Page();
    }
}
