using SpiPlatform.Notifications.Domain;

namespace SpiPlatform.Notifications.Tests.Unit;

public sealed class ReminderScheduleTests
{
    private static readonly DateOnly Due = new(2027, 3, 31);
    private static readonly ReminderSchedule Review = new NotificationsOptions().ReviewSchedule;

    [Theory]
    [InlineData(-90, -90)]
    [InlineData(-30, -30)]
    [InlineData(0, 0)]
    [InlineData(7, 7)]
    [InlineData(14, 14)]
    [InlineData(364, 364)]
    public void A_review_reminder_goes_out_on_the_configured_days(int daysFromDue, int expected)
        => Assert.Equal(expected, Review.OffsetOn(Due, Due.AddDays(daysFromDue)));

    [Theory]
    [InlineData(-91)]
    [InlineData(-89)]
    [InlineData(-31)]
    [InlineData(-1)]
    [InlineData(1)]
    [InlineData(6)]
    [InlineData(8)]
    [InlineData(371)]
    public void On_other_days_no_review_reminder_goes_out(int daysFromDue)
        => Assert.Null(Review.OffsetOn(Due, Due.AddDays(daysFromDue)));

    [Fact]
    public void A_renewal_reminder_goes_out_90_and_30_days_before_and_not_on_the_day_or_after()
    {
        var renewal = new NotificationsOptions().RenewalSchedule;
        var days = Enumerable.Range(-120, 200).Where(d => renewal.OffsetOn(Due, Due.AddDays(d)) is not null).ToList();
        Assert.Equal([-90, -30], days);
    }

    [Fact]
    public void The_due_window_covers_every_date_that_can_have_a_reminder_today()
    {
        var today = new DateOnly(2027, 1, 1);
        var (from, to) = Review.DueWindow(today);
        Assert.Equal(today.AddDays(-364), from);
        Assert.Equal(today.AddDays(90), to);
    }
}
