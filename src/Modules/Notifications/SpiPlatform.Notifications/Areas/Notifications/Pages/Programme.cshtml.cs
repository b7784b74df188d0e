using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SpiPlatform.Notifications.Features.ProgrammeView;
using SpiPlatform.Notifications.Localization;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Web;

namespace SpiPlatform.Notifications.Areas.Notifications.Pages;

/// <summary>For the programme team: agreement reviews and Accord renewals coming up or overdue across Wales, with a CSV.</summary>
[Authorize(Roles = SpiRoles.ProgrammeTeam)]
internal sealed class ProgrammeModel(ProgrammeDueDates dueDates, IStringLocalizer<NotificationsResource> l) : PageModel
{
    public const string Path = "/notifications/programme";

    public static readonly int[] LookAheadChoices = [30, 90, 180, 365];

    public ProgrammeDueList List { get; private set; } = null!;

    public FormErrors Errors { get; private set; } = new();

    /// <summary>The query string the CSV link carries, so it holds the rows on screen.</summary>
    public string CsvLink => ProgrammeCsvEndpoint.Path + Request.QueryString;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var (filter, problems) = ProgrammeFilterReader.Read(Request.Query);
        List = await dueDates.ListAsync(filter, ct);
        if (problems.Count > 0)
        {
            Errors = FormErrors.From(problems, l);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return Request.IsHtmx() && !Request.IsHtmxHistoryRestoreRequest() ? Partial("_ProgrammeResults", this) : Page();
    }
}
