using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.Notifications.Data;
using SpiPlatform.Notifications.Domain;
using SpiPlatform.Notifications.Features.Shared;

namespace SpiPlatform.Notifications.Features.ListNotifications;

/// <summary>The signed-in person's notifications, and how many are unread (the header's bell).</summary>
internal sealed class MyNotifications(NotificationsDbContext db)
{
    public const int Shown = 100;

    public async Task<IReadOnlyList<Notification>> ListAsync(ClaimsPrincipal user, CancellationToken ct)
        => NotificationAccess.StaffEmail(user) is { } email
            ? await db.Notifications.AsNoTracking().Where(n => n.RecipientEmail == email)
                .OrderBy(n => n.ReadAt != null).ThenByDescending(n => n.CreatedAt).ThenBy(n => n.Id).Take(Shown).ToListAsync(ct)
            : [];

    public async Task<Notification?> FindAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
        => NotificationAccess.StaffEmail(user) is { } email
            ? await db.Notifications.AsNoTracking().FirstOrDefaultAsync(n => n.Id == id && n.RecipientEmail == email, ct)
            : null;

    public async Task<int> UnreadCountAsync(ClaimsPrincipal user, CancellationToken ct)
        => NotificationAccess.StaffEmail(user) is { } email
            ? await db.Notifications.CountAsync(n => n.RecipientEmail == email && n.ReadAt == null, ct)
            : 0;
}
