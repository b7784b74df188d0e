using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SpiPlatform.Host.InTray;
using SpiPlatform.SharedKernel.Web;

namespace SpiPlatform.Host.Pages;

/// <summary>The in-tray: what is waiting for the signed-in user, each item linking to where it is done.</summary>
[Authorize]
internal sealed class MyWorkModel(InTray.InTray inTray) : PageModel
{
    public List<WorkItem> Items { get; private set; } = [];

    public async Task OnGetAsync() => Items = await inTray.ItemsAsync(User, HttpContext.RequestAborted);
}
