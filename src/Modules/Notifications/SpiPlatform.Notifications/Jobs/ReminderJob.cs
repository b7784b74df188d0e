using SpiPlatform.Notifications.Features.Reminders;
using SpiPlatform.SharedKernel;

namespace SpiPlatform.Notifications.Jobs;

/// <summary>Daily (06:00 in Wales): the reminders due today.</summary>
internal sealed class ReminderJob(ReminderRun run, TimeProvider clock)
{
    public const string Id = "notifications-reminders";

    public Task<int> RunAsync(CancellationToken ct) => run.RunForAsync(clock.TodayInWales(), ct);
}
