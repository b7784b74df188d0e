using SpiPlatform.Notifications.Contracts;
using static SpiPlatform.Notifications.Tests.Integration.NotificationsScenario;

namespace SpiPlatform.Notifications.Tests.Integration;

[Collection(NotificationsCollection.Collection)]
public sealed class ReminderRulesTests(NotificationsFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_agreement_due_for_review_on_D_is_reminded_on_D_minus_90_D_minus_30_D_D_plus_7_and_D_plus_14_and_on_no_other_day()
    {
        var (agreement, members) = await AgreementWithStaffAsync(fixture);
        var due = agreement.ReviewDue;

        for (var day = due.AddDays(-100); day <= due.AddDays(20); day = day.AddDays(1))
        {
            await RunRemindersOnAsync(fixture, day);
        }

        // Its consent reviews and compliance check are other rules' (LiveAgreementRulesTests).
        var rows = await RowsAsync(fixture, q => q.Where(n => n.SubjectId == agreement.AgreementId && n.Kind == NotificationKinds.AgreementReviewDue));
        Assert.All(rows, n => Assert.Equal(due, n.DueOn));
        Assert.All(rows, n => Assert.Equal($"/library/{agreement.Reference}", n.Link));
        foreach (var member in members)
        {
            var offsets = rows.Where(n => n.RecipientEmail == member.Email.ToLowerInvariant()).Select(n => n.Offset).Order().ToList();
            Assert.Equal([-90, -30, 0, 7, 14], offsets);
        }
        Assert.Equal(5 * members.Count, rows.Count);
    }

    [Fact]
    public async Task An_accord_signature_due_for_renewal_is_reminded_90_and_30_days_before_to_the_organisations_staff()
    {
        var (renewal, members) = await RenewalWithStaffAsync(fixture);

        for (var day = renewal.RenewalDue.AddDays(-100); day <= renewal.RenewalDue.AddDays(10); day = day.AddDays(1))
        {
            await RunRemindersOnAsync(fixture, day);
        }

        var rows = await RowsAsync(fixture, q => q.Where(n => n.SubjectId == renewal.OrganisationId && n.Kind == NotificationKinds.AccordRenewalDue));
        Assert.Equal(members.Select(m => m.Email.ToLowerInvariant()).Order(), rows.Select(n => n.RecipientEmail).Distinct().Order());
        Assert.All(rows.GroupBy(n => n.RecipientEmail), g => Assert.Equal([-90, -30], g.Select(n => n.Offset).Order()));
        Assert.All(rows, n => Assert.Equal($"/signatories/{renewal.OrganisationId}", n.Link));
    }

    [Fact]
    public async Task Running_the_job_twice_or_on_several_hosts_at_once_creates_each_reminder_once()
    {
        var (agreement, members) = await AgreementWithStaffAsync(fixture);
        var monthBefore = agreement.ReviewDue.AddDays(-30);

        var first = await RunRemindersOnAsync(fixture, monthBefore);
        var again = await RunRemindersOnAsync(fixture, monthBefore);

        Assert.True(first >= members.Count);
        Assert.Equal(0, again);
        Assert.Equal(first, (await RowsAsync(fixture)).Count);

        // Four hosts on the due date, truly at once (each its own scope, connection and transaction).
        var created = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => RunRemindersOnAsync(fixture, agreement.ReviewDue))));

        var onTheDay = await RowsAsync(fixture, q => q.Where(n => n.Offset == 0 && n.DueOn == agreement.ReviewDue));
        Assert.Equal(members.Count, onTheDay.Count(n => n.SubjectId == agreement.AgreementId));
        Assert.Equal(first + created.Sum(), (await RowsAsync(fixture)).Count);
    }

    [Fact]
    public async Task A_coordinator_who_prefers_welsh_is_recorded_so_and_others_are_not()
    {
        var (agreement, members) = await AgreementWithStaffAsync(fixture);
        await PreferWelshAsync(fixture, members[0].Email);

        await RunRemindersOnAsync(fixture, agreement.ReviewDue);

        var rows = await RowsAsync(fixture, q => q.Where(n => n.SubjectId == agreement.AgreementId && n.Kind == NotificationKinds.AgreementReviewDue));
        Assert.Equal("cy", rows.Single(n => n.RecipientEmail == members[0].Email.ToLowerInvariant()).RecipientLanguage);
        Assert.All(rows.Where(n => n.RecipientEmail != members[0].Email.ToLowerInvariant()), n => Assert.Null(n.RecipientLanguage));
    }
}
