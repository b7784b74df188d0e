using System.Security.Claims;

namespace SpiPlatform.Notifications.Features.Shared;

internal static class NotificationAccess
{
    /// <summary>The signed-in member of staff's email, lower case, or null for an OAuth client or anonymous caller.</summary>
    public static string? StaffEmail(ClaimsPrincipal user)
        => user.FindFirst("client_id") is null && user.FindFirst("azp") is null && user.Identity?.IsAuthenticated == true
            ? (user.FindFirst(ClaimTypes.Email)?.Value ?? user.Identity?.Name)?.Trim().ToLowerInvariant()
            : null;
}
