using Microsoft.EntityFrameworkCore;
using SpiPlatform.Notifications.Data;
using SpiPlatform.Notifications.Domain;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.Notifications.Features.Reminders;

/// <summary>Writes a reminder once per person: the insert does nothing when the key is already there.</summary>
internal sealed class NotificationStore(NotificationsDbContext db, TimeProvider clock)
{
    /// <summary>Adds the reminder for <paramref name="member"/> unless it exists; true when this call created it.</summary>
    public async Task<bool> AddOnceAsync(Reminder r, OrganisationMember member, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var email = member.Email.Trim().ToLowerInvariant();
        var language = member.PreferredLanguage is "cy" or "en" ? member.PreferredLanguage : null;
        var rows = await db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO notifications.notifications
                ("Id", "Kind", "Offset", "SubjectId", "DueOn", "RecipientEmail", "RecipientLanguage", "SubjectLabelEn", "SubjectLabelCy",
                 "Link", "CreatedAt", "MailStatus", "MailAttempts", "NextMailAttemptAt")
            VALUES ({Guid.CreateVersion7()}, {r.Kind}, {r.Offset}, {r.SubjectId}, {r.DueOn}, {email}, {language}, {r.SubjectLabelEn}, {r.SubjectLabelCy},
                 {r.Link}, {now}, {nameof(MailStatus.Pending)}, 0, {now})
            ON CONFLICT ("Kind", "Offset", "SubjectId", "DueOn", "RecipientEmail") DO NOTHING
            """, ct);
        return rows == 1;
    }
}
