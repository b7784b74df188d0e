using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SpiPlatform.Notifications.Domain;
using SpiPlatform.Notifications.Features.ListNotifications;
using SpiPlatform.Notifications.Features.MarkRead;
using SpiPlatform.Notifications.Localization;
using SpiPlatform.SharedKernel.Web;
using SpiPlatform.Web;

namespace SpiPlatform.Notifications.Areas.Notifications.Pages;

/// <summary>The signed-in person's reminders, unread first, each with "Mark as read".</summary>
[Authorize]
internal sealed class IndexModel(MyNotifications notifications, MarkReadHandler markRead, IStringLocalizer<NotificationsResource> l) : PageModel
{
    public const string Path = "/notifications";

    [TempData] public string? Message { get; set; }

    public IReadOnlyList<Notification> Items { get; private set; } = [];

    public FormErrors Errors { get; private set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => Items = await notifications.ListAsync(User, ct);

    public async Task<IActionResult> OnPostReadAsync(Guid id, CancellationToken ct)
    {
        var result = await markRead.HandleAsync(id, User, ct);
        if (result.Value is { } read)
        {
            if (!Request.IsHtmx())
            {
                Message = l["Marked as read."];
                return Redirect(Path);
            }
            Response.Headers["HX-Trigger"] = HeaderBadgeEvents.Changed;
            return Partial("_NotificationItem", read);
        }
        Errors = FormErrors.From(result.Problems, l);
        Response.StatusCode = PageProblems.StatusFor(result.Problems);
        Items = await notifications.ListAsync(User, ct);
        return Page();
    }
}
