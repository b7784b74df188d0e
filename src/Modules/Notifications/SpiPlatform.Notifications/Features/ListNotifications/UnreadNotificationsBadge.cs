using System.Security.Claims;
using SpiPlatform.SharedKernel.Web;

namespace SpiPlatform.Notifications.Features.ListNotifications;

/// <summary>The header's bell: "Notifications (N unread)", refreshed by htmx.</summary>
internal sealed class UnreadNotificationsBadge(MyNotifications notifications) : IHeaderBadgeSource
{
    public const string BadgeKey = "notifications";

    public string Key => BadgeKey;

    public async Task<HeaderBadge?> ForAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var count = await notifications.UnreadCountAsync(user, ct);
        return new HeaderBadge(BadgeKey, "/notifications", "Notifications", "Hysbysiadau", count, $"{count} unread", $"{count} heb eu darllen");
    }
}
