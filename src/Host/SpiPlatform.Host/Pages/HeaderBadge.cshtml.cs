using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpiPlatform.Host.InTray;

namespace SpiPlatform.Host.Pages;

/// <summary>
/// One header badge again, for htmx's every-30-seconds refresh. Signed out (the session ended in an open tab) it answers
/// 204, which htmx leaves unswapped, rather than a redirect whose login page would land inside the header.
/// </summary>
internal sealed class HeaderBadgeModel : PageModel
{
    public IActionResult OnGet(string key) => User.Identity?.IsAuthenticated == true
        ? new ViewComponentResult { ViewComponentType = typeof(HeaderBadgesViewComponent), Arguments = new { key }, ViewData = ViewData }
        : new NoContentResult();
}
