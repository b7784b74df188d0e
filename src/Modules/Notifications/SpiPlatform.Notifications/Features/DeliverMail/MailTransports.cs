using MailKit.Net.Smtp;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MimeKit;

namespace SpiPlatform.Notifications.Features.DeliverMail;

/// <summary>Where composed mail goes: an SMTP server, or the Development pickup folder.</summary>
internal interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken ct);
}

internal sealed class SmtpMailTransport(IOptions<MailOptions> options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        var o = options.Value;
        using var smtp = new SmtpClient { Timeout = o.TimeoutSeconds * 1000 };
        await smtp.ConnectAsync(o.Host, o.Port, o.Security, ct);
        if (!string.IsNullOrEmpty(o.UserName))
        {
            await smtp.AuthenticateAsync(o.UserName, o.Password ?? "", ct);
        }
        await smtp.SendAsync(message, ct);
        await smtp.DisconnectAsync(true, ct);
    }
}

/// <summary>Writes each message as an .eml file (what /ops/mail lists in Development).</summary>
internal sealed class PickupFolderTransport(IOptions<MailOptions> options, IHostEnvironment environment) : IMailTransport
{
    public string Folder => Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.PickupDirectory ?? ".data/mail"));

    public async Task SendAsync(MimeMessage message, CancellationToken ct)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{DateTime.UtcNow:yyyyMMddTHHmmssfff}-{Guid.NewGuid():N}.eml";
        await message.WriteToAsync(Path.Combine(Folder, name), ct);
    }
}
