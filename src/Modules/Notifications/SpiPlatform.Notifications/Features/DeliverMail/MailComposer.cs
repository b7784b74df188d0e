using System.Globalization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;
using SpiPlatform.Notifications.Domain;
using SpiPlatform.Notifications.Features.Shared;
using SpiPlatform.Notifications.Localization;

namespace SpiPlatform.Notifications.Features.DeliverMail;

/// <summary>
/// A notification as mail in the recipient's language: Welsh or English when they chose one, else both, Welsh
/// first (as the Welsh Language Standards ask of bilingual correspondence).
/// </summary>
internal sealed class MailComposer(IStringLocalizer<NotificationsResource> l, IOptions<MailOptions> options)
{
    public MimeMessage Compose(Notification n)
    {
        var o = options.Value;
        var languages = LanguagesFor(n.RecipientLanguage);
        var parts = languages.Select(lang => In(lang, () => (Title: NotificationText.Title(n, l), Body: NotificationText.Body(n, l)))).ToList();
        var link = new Uri(new Uri(o.SiteUrl), n.Link).ToString();
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(o.FromName, o.FromAddress));
        message.To.Add(MailboxAddress.Parse(n.RecipientEmail));
        message.Subject = string.Join(" / ", parts.Select(p => p.Title));
        message.Headers.Add("X-Spi-Notification", n.Id.ToString());
        message.Body = new TextPart("plain")
        {
            Text = string.Join("\n\n----------\n\n", parts.Select(p => $"{p.Title}\n\n{p.Body}\n\n{link}\n")),
        };
        return message;
    }

    /// <summary>The languages a mail is written in, Welsh first when both.</summary>
    public static string[] LanguagesFor(string? language) => language switch { "cy" => ["cy"], "en" => ["en"], _ => ["cy", "en"] };

    /// <summary>Renders in <paramref name="language"/>'s culture, then restores the caller's.</summary>
    public static T In<T>(string language, Func<T> render)
    {
        var (ui, culture) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(language);
            return render();
        }
        finally
        {
            (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, culture);
        }
    }
}
