using Microsoft.Extensions.Options;
using SpiPlatform.Notifications.Domain;
using SpiPlatform.Notifications.Features.DeliverMail;
using SpiPlatform.Notifications.Features.Digests;
using SpiPlatform.SharedKernel;

namespace SpiPlatform.Notifications.Jobs;

/// <summary>Daily (07:00 in Wales, after the reminders) and on Mondays: the digests of the day and of the week.</summary>
internal sealed class DigestJob(DigestRun run, TimeProvider clock, IOptions<MailOptions> options)
{
    public const string DailyId = "notifications-digest-daily";
    public const string WeeklyId = "notifications-digest-weekly";

    public Task<int> RunDailyAsync(CancellationToken ct)
        => options.Value.Enabled ? run.RunAsync(Delivery.DailyDigest, clock.TodayInWales(), ct) : Task.FromResult(0);

    public Task<int> RunWeeklyAsync(CancellationToken ct)
        => options.Value.Enabled ? run.RunAsync(Delivery.WeeklyDigest, WeekOf(clock.TodayInWales()), ct) : Task.FromResult(0);

    /// <summary>The Monday that starts the week <paramref name="day"/> is in: the weekly digest's period.</summary>
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
