using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.Notifications.Contracts;
using SpiPlatform.Notifications.Data;
using SpiPlatform.Notifications.Domain;
using SpiPlatform.Notifications.Features.Shared;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.Notifications.Features.Preferences;

/// <summary>
/// Saves the caller's own preferences, all or nothing. The language is kept on their account (the claim the reminder
/// rules read) and applied to their mail not yet sent, so the next digest or retry already uses it.
/// </summary>
internal sealed class SavePreferencesHandler(NotificationsDbContext db, IStaffLanguage language, MyPreferences mine)
{
    public const string LanguageField = "language";

    public static string DeliveryField(string kind) => $"delivery-{kind}";

    public async Task<Result<NotificationPreferences>> HandleAsync(PreferencesInput input, ClaimsPrincipal user, CancellationToken ct)
    {
        if (NotificationAccess.StaffEmail(user) is not { } email)
        {
            return Problem.Forbidden("Only a signed-in member of staff has notification preferences.");
        }
        var problems = new List<Problem>();
        var delivery = new Dictionary<string, Delivery>();
        foreach (var kind in NotificationKinds.All)
        {
            var value = input.Delivery.GetValueOrDefault(kind);
            if (value is not null && Enum.GetNames<Delivery>().Contains(value, StringComparer.Ordinal))
            {
                delivery[kind] = Enum.Parse<Delivery>(value);
            }
            else
            {
                problems.Add(Problem.Invalid(DeliveryField(kind), "Choose how to receive each kind of reminder: at once, in a daily digest or in a weekly digest."));
            }
        }
        foreach (var unknown in input.Delivery.Keys.Except(NotificationKinds.All, StringComparer.Ordinal))
        {
            problems.Add(Problem.Describe(ErrorCodes.ValidationFailed, null, "There is no kind of reminder called {0}.", unknown));
        }
        if (input.Language is null || !MailLanguage.All.Contains(input.Language, StringComparer.Ordinal))
        {
            problems.Add(Problem.Invalid(LanguageField, "Choose the language of your mail: Welsh, English or both."));
        }
        if (problems.Count > 0)
        {
            return Result<NotificationPreferences>.Fail(problems);
        }

        var claim = input.Language == MailLanguage.Both ? null : input.Language;
        if (!await language.SetAsync(email, claim, ct))
        {
            return Problem.Forbidden("Only a signed-in member of staff has notification preferences.");
        }
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await db.Preferences.Where(p => p.RecipientEmail == email).ExecuteDeleteAsync(ct);
        db.Preferences.AddRange(delivery.Where(d => d.Value != Delivery.Immediate)
            .Select(d => new DeliveryPreference { RecipientEmail = email, Kind = d.Key, Delivery = d.Value }));
        await db.SaveChangesAsync(ct);
        await db.Notifications.Where(n => n.RecipientEmail == email && n.MailStatus == MailStatus.Pending)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.RecipientLanguage, claim), ct);
        await tx.CommitAsync(ct);
        return await mine.ReadAsync(email, ct);
    }
}
