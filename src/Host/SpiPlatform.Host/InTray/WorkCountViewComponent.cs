using Microsoft.AspNetCore.Mvc;

namespace SpiPlatform.Host.InTray;

/// <summary>The header's "My work (N)" link, for signed-in users.</summary>
public sealed class WorkCountViewComponent(InTray inTray) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
        => View(await inTray.CountAsync(UserClaimsPrincipal, HttpContext.RequestAborted));
}
