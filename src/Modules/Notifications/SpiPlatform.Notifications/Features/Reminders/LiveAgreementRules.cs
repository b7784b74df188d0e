using Microsoft.Extensions.Options;
using SpiPlatform.Notifications.Contracts;
using SpiPlatform.Notifications.Domain;
using SpiPlatform.Protocols.Contracts;

namespace SpiPlatform.Notifications.Features.Reminders;

/// <summary>
/// Reminders counted from the day an agreement went live, for its coordinator: the compliance check
/// <see cref="NotificationsOptions.ComplianceCheckAfterMonths"/> months on (on the day), and each consent review at the
/// interval its consent arrangements give (30 days before and on the day). Like the review reminders they go on their
/// exact days; the reminder's key makes each go once.
/// </summary>
internal sealed class LiveAgreementRules(IProtocolsApi protocols, IOptions<NotificationsOptions> options)
{
    // Month arithmetic folds several go-live days onto one due day (31 August and 28 February + 6 months): look either side.
    private const int MonthEndSlack = 3;

    public async Task<IReadOnlyList<(Reminder Reminder, Guid CoordinatorId)>> DueAsync(DateOnly today, CancellationToken ct)
    {
        var reminders = new List<(Reminder, Guid)>();
        var months = options.Value.ComplianceCheckAfterMonths;
        var wentLive = today.AddMonths(-months);
        foreach (var a in await protocols.ListLiveAsync(wentLive.AddDays(-MonthEndSlack), wentLive.AddDays(MonthEndSlack), false, ct))
        {
            if (a.LiveOn.AddMonths(months) == today)
            {
                reminders.Add((For(NotificationKinds.ComplianceCheckDue, 0, a, today), a.CoordinatorId));
            }
        }
        var schedule = options.Value.ConsentReviewSchedule;
        foreach (var a in await protocols.ListLiveAsync(DateOnly.MinValue, today, true, ct))
        {
            if (ConsentReviewInterval.MonthsIn(a.ConsentReviewInterval) is not { } every)
            {
                continue;
            }
            foreach (var due in ConsentReviewsAround(a.LiveOn, every, today, schedule.DaysBefore.DefaultIfEmpty(0).Max()))
            {
                if (schedule.OffsetOn(due, today) is { } offset)
                {
                    reminders.Add((For(NotificationKinds.ConsentReviewDue, offset, a, due), a.CoordinatorId));
                }
            }
        }
        return reminders;
    }

    // The consent reviews due between today and the furthest reminder ahead: LiveOn + k × interval, k ≥ 1.
    private static IEnumerable<DateOnly> ConsentReviewsAround(DateOnly liveOn, int everyMonths, DateOnly today, int aheadDays)
    {
        var monthsLive = (today.Year - liveOn.Year) * 12 + today.Month - liveOn.Month;
        for (var k = Math.Max(1, monthsLive / everyMonths - 1); ; k++)
        {
            var due = liveOn.AddMonths(k * everyMonths);
            if (due > today.AddDays(aheadDays))
            {
                yield break;
            }
            if (due >= today)
            {
                yield return due;
            }
        }
    }

    private static Reminder For(string kind, int offset, LiveAgreement a, DateOnly due)
        => new(kind, offset, a.AgreementId, due, a.Reference, a.Reference, $"/library/{a.Reference}");
}
