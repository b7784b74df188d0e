using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;
using SpiPlatform.Notifications.Domain;
using SpiPlatform.Notifications.Features.DeliverMail;
using SpiPlatform.Notifications.Features.Shared;
using SpiPlatform.Notifications.Localization;

namespace SpiPlatform.Notifications.Features.Digests;

/// <summary>A digest as mail: one line per reminder with its direct link, in the recipient's language (or both, Welsh first).</summary>
internal sealed class DigestComposer(IStringLocalizer<NotificationsResource> l, IOptions<MailOptions> options)
{
    public MimeMessage Compose(Guid digestId, string email, Delivery cadence, DateOnly period, IReadOnlyList<Notification> items)
    {
        var o = options.Value;
        var site = new Uri(o.SiteUrl);
        var language = items.OrderByDescending(n => n.CreatedAt).First().RecipientLanguage;
        var parts = MailComposer.LanguagesFor(language).Select(lang => MailComposer.In(lang, () =>
        {
            var date = period.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);
            var title = cadence == Delivery.WeeklyDigest
                ? l["Your weekly digest for the week of {0}: {1} reminders", date, items.Count].Value
                : l["Your daily digest for {0}: {1} reminders", date, items.Count].Value;
            var body = new StringBuilder().AppendLine(title).AppendLine();
            foreach (var n in items)
            {
                body.Append("- ").AppendLine(NotificationText.Title(n, l)).Append("  ").AppendLine(new Uri(site, n.Link).ToString());
            }
            body.AppendLine().AppendLine(l["Choose how you receive reminders: {0}", new Uri(site, "/notifications/preferences").ToString()]);
            return (Title: title, Body: body.ToString());
        })).ToList();
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(o.FromName, o.FromAddress));
        message.To.Add(MailboxAddress.Parse(email));
        message.Subject = string.Join(" / ", parts.Select(p => p.Title));
        message.Headers.Add("X-Spi-Digest", digestId.ToString());
        message.Body = new TextPart("plain") { Text = string.Join("\n----------\n\n", parts.Select(p => p.Body)) };
        return message;
    }
}
