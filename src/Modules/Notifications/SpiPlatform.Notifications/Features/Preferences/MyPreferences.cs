using Microsoft.EntityFrameworkCore;
using SpiPlatform.Notifications.Contracts;
using SpiPlatform.Notifications.Data;
using SpiPlatform.Notifications.Domain;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.Notifications.Features.Preferences;

/// <summary>Reads a person's preferences; a kind they have not chosen for is mailed at once, and no language means both.</summary>
internal sealed class MyPreferences(NotificationsDbContext db, IStaffLanguage language)
{
    public async Task<NotificationPreferences> ReadAsync(string email, CancellationToken ct)
    {
        var chosen = await db.Preferences.AsNoTracking().Where(p => p.RecipientEmail == email).ToDictionaryAsync(p => p.Kind, p => p.Delivery, ct);
        var delivery = NotificationKinds.All.ToDictionary(k => k, k => chosen.GetValueOrDefault(k, Delivery.Immediate));
        var lang = await language.GetAsync(email, ct);
        return new(delivery, lang is MailLanguage.Welsh or MailLanguage.English ? lang : MailLanguage.Both);
    }
}
