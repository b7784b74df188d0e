using Microsoft.Extensions.Options;
using SpiPlatform.Notifications.Features.DeliverMail;

namespace SpiPlatform.Notifications.Jobs;

/// <summary>Every minute: the notification mail that is due (new, or waiting to be retried).</summary>
internal sealed class DeliverMailJob(MailDispatcher dispatcher, IOptions<MailOptions> options)
{
    public const string Id = "notifications-deliver-mail";

    public Task<int> RunAsync(CancellationToken ct) => options.Value.Enabled ? dispatcher.RunAsync(ct) : Task.FromResult(0);
}
