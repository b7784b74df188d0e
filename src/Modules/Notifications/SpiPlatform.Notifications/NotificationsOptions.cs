using System.ComponentModel.DataAnnotations;
using SpiPlatform.Notifications.Domain;

namespace SpiPlatform.Notifications;

/// <summary>When reminders go out (section <c>Notifications</c>).</summary>
internal sealed class NotificationsOptions
{
    public const string Section = "Notifications";

    /// <summary>Days before an agreement's review date to remind its coordinator.</summary>
    public int[] ReviewDaysBefore { get; set; } = [90, 30];

    /// <summary>After the review date, remind again every so many days…</summary>
    [Range(0, 365)] public int ReviewOverdueEveryDays { get; set; } = 7;

    /// <summary>…until the review is this many days overdue.</summary>
    [Range(0, 3650)] public int ReviewOverdueForDays { get; set; } = 364;

    /// <summary>Days after the review date at which the agreement is marked review-lapsed and its coordinator told.</summary>
    [Range(1, 3650)] public int ReviewLapsesAfterDays { get; set; } = 90;

    /// <summary>Days after a partner is asked to sign off before they (and the coordinator) are reminded.</summary>
    [Range(1, 365)] public int SignOffOutstandingAfterDays { get; set; } = 14;

    /// <summary>Days before an Accord signature's renewal date to remind the organisation.</summary>
    public int[] RenewalDaysBefore { get; set; } = [90, 30];

    /// <summary>Months after an agreement goes live that its coordinator is reminded of the compliance check.</summary>
    [Range(1, 60)] public int ComplianceCheckAfterMonths { get; set; } = 6;

    /// <summary>Days before a consent review (at the interval the agreement's consent arrangements give) to remind the coordinator.</summary>
    public int[] ConsentReviewDaysBefore { get; set; } = [30];

    public ReminderSchedule ConsentReviewSchedule => new(ConsentReviewDaysBefore, true, 0, 0);

    public ReminderSchedule ReviewSchedule => new(ReviewDaysBefore, true, ReviewOverdueEveryDays, ReviewOverdueForDays);

    public ReminderSchedule RenewalSchedule => new(RenewalDaysBefore, false, 0, 0);
}
