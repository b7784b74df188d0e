using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;
using SpiPlatform.Notifications.Data;
using SpiPlatform.Notifications.Domain;

namespace SpiPlatform.Notifications.Features.DeliverMail;

/// <summary>One message in the Development pickup folder.</summary>
internal sealed record PickedUpMail(string File, string To, string Subject, DateTimeOffset Date, string Text);

/// <summary>What the programme team sees on /ops/mail: deliveries failed or being retried, and (in Development) the pickup folder.</summary>
internal sealed class MailReport(NotificationsDbContext db, IOptions<MailOptions> options, IServiceProvider services)
{
    public const int Shown = 200;

    public bool UsesPickupFolder => !string.IsNullOrWhiteSpace(options.Value.PickupDirectory);

    /// <summary>Failed deliveries, then those waiting for another attempt, newest first.</summary>
    public async Task<IReadOnlyList<Notification>> TroubleAsync(CancellationToken ct)
        => await db.Notifications.AsNoTracking()
            .Where(n => n.MailStatus == MailStatus.Failed || (n.MailStatus == MailStatus.Pending && n.MailAttempts > 0))
            .OrderBy(n => n.MailStatus == MailStatus.Failed ? 0 : 1).ThenByDescending(n => n.CreatedAt).Take(Shown).ToListAsync(ct);

    public async Task<IReadOnlyList<PickedUpMail>> PickedUpAsync(CancellationToken ct)
    {
        if (!UsesPickupFolder || Folder() is not { } folder || !Directory.Exists(folder))
        {
            return [];
        }
        var files = new DirectoryInfo(folder).GetFiles("*.eml").OrderByDescending(f => f.Name).Take(Shown);
        var mails = new List<PickedUpMail>();
        foreach (var file in files)
        {
            var message = await MimeMessage.LoadAsync(file.FullName, ct);
            mails.Add(new(file.Name, message.To.ToString(), message.Subject ?? "", message.Date, message.TextBody ?? ""));
        }
        return mails;
    }

    private string? Folder() => (services.GetService(typeof(IMailTransport)) as PickupFolderTransport)?.Folder;
}
