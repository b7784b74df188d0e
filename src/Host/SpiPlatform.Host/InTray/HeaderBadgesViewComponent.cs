using Microsoft.AspNetCore.Mvc;
using SpiPlatform.SharedKernel.Web;

namespace SpiPlatform.Host.InTray;

/// <summary>The modules' header badges (the notifications bell) as list items; with a key, that one badge alone (its htmx refresh).</summary>
public sealed class HeaderBadgesViewComponent(IEnumerable<IHeaderBadgeSource> sources) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string? key = null)
    {
        var badges = new List<HeaderBadge>();
        foreach (var source in sources.Where(s => key is null || s.Key == key))
        {
            if (await source.ForAsync(UserClaimsPrincipal, HttpContext.RequestAborted) is { } badge)
            {
                badges.Add(badge);
            }
        }
        return key is null ? View(badges) : View("Badge", badges.FirstOrDefault());
    }
}
