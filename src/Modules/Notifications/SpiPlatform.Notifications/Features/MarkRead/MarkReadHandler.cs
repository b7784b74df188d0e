using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.Notifications.Data;
using SpiPlatform.Notifications.Domain;
using SpiPlatform.Notifications.Features.Shared;
using SpiPlatform.SharedKernel.Errors;

namespace SpiPlatform.Notifications.Features.MarkRead;

/// <summary>Marks one of the caller's own notifications read; someone else's is reported as not found (its existence is not told).</summary>
internal sealed class MarkReadHandler(NotificationsDbContext db, TimeProvider clock)
{
    public async Task<Result<Notification>> HandleAsync(Guid id, ClaimsPrincipal user, CancellationToken ct)
    {
        if (NotificationAccess.StaffEmail(user) is not { } email)
        {
            return Problem.Forbidden("Only a signed-in member of staff has notifications.");
        }
        var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.RecipientEmail == email, ct);
        if (notification is null)
        {
            return Problem.NotFound("There is no such notification.");
        }
        // Marking read twice keeps the first time.
        notification.ReadAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return notification;
    }
}
