using Hangfire;
using Hangfire.Storage;
using SpiPlatform.Notifications.Jobs;

namespace SpiPlatform.Notifications.Tests.Integration;

[Collection(NotificationsCollection.Collection)]
public sealed class NotificationJobsTests(NotificationsFixture fixture)
{
    [Fact]
    public void The_reminders_run_daily_at_six_and_mail_goes_out_every_minute_on_welsh_time()
    {
        using var connection = fixture.Factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var jobs = connection.GetRecurringJobs().ToDictionary(j => j.Id);

        Assert.Equal(Cron.Daily(6), jobs[ReminderJob.Id].Cron);
        Assert.Equal(Cron.Minutely(), jobs[DeliverMailJob.Id].Cron);
        Assert.All([jobs[ReminderJob.Id], jobs[DeliverMailJob.Id]], j => Assert.Equal("Europe/London", j.TimeZoneId));
    }
}
