using SpiPlatform.Notifications.Contracts;
using SpiPlatform.Notifications.Data;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel.Security;
using static SpiPlatform.Notifications.Tests.Integration.NotificationsScenario;

namespace SpiPlatform.Notifications.Tests.Integration;

/// <summary>Reminders counted from go-live: the compliance check six months on, and consent reviews at the agreement's own interval.</summary>
[Collection(NotificationsCollection.Collection)]
public sealed class LiveAgreementRulesTests(NotificationsFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<(LiveAgreement Agreement, IReadOnlyList<OrganisationMember> Members)> LiveAgreementAsync(Func<LiveAgreement, bool> which, DateOnly liveOn)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var live = await scope.ServiceProvider.GetRequiredService<IProtocolsApi>().ListLiveAsync(DateOnly.MinValue, DateOnly.MaxValue, false, default);
        var membership = scope.ServiceProvider.GetRequiredService<IOrganisationMembership>();
        foreach (var agreement in live.Where(which))
        {
            if (await membership.MembersAsync(agreement.CoordinatorId, default) is { Count: > 0 } members)
            {
                await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Database
                    .ExecuteSqlInterpolatedAsync($"""UPDATE protocols.agreements SET "LiveOn" = {liveOn} WHERE "Id" = {agreement.AgreementId}""");
                return (agreement with { LiveOn = liveOn }, members);
            }
        }
        throw new InvalidOperationException("No live demo agreement of that kind is coordinated by an organisation with staff accounts.");
    }

    private async Task<List<(string Email, int Offset, DateOnly Due)>> RemindersAsync(Guid agreementId, string kind)
        => [.. (await RowsAsync(fixture, q => q.Where(n => n.SubjectId == agreementId && n.Kind == kind)))
            .Select(n => (n.RecipientEmail, n.Offset, n.DueOn)).OrderBy(r => r.RecipientEmail).ThenBy(r => r.Offset)];

    [Fact]
    public async Task Six_months_after_going_live_on_31_august_the_coordinator_is_reminded_of_the_compliance_check_once_on_28_february()
    {
        var (agreement, members) = await LiveAgreementAsync(_ => true, new DateOnly(2026, 8, 31));
        var due = new DateOnly(2027, 2, 28);

        for (var day = due.AddDays(-5); day <= due.AddDays(5); day = day.AddDays(1))
        {
            await RunRemindersOnAsync(fixture, day);
        }
        await RunRemindersOnAsync(fixture, due);

        Assert.Equal(members.Select(m => (m.Email.ToLowerInvariant(), 0, due)).Order(), await RemindersAsync(agreement.AgreementId, NotificationKinds.ComplianceCheckDue));
    }

    [Fact]
    public async Task An_annual_consent_review_is_reminded_30_days_before_and_on_each_anniversary_of_going_live()
    {
        var (agreement, members) = await LiveAgreementAsync(a => a.ConsentReviewInterval?.StartsWith("Annually", StringComparison.Ordinal) == true, new DateOnly(2020, 3, 15));
        var due = new DateOnly(2027, 3, 15);

        for (var day = due.AddDays(-40); day <= due.AddDays(3); day = day.AddDays(1))
        {
            await RunRemindersOnAsync(fixture, day);
        }

        var expected = members.SelectMany(m => new[] { (m.Email.ToLowerInvariant(), -30, due), (m.Email.ToLowerInvariant(), 0, due) }).Order();
        Assert.Equal(expected, await RemindersAsync(agreement.AgreementId, NotificationKinds.ConsentReviewDue));
    }

    [Fact]
    public async Task Consent_reviewed_at_each_care_plan_review_follows_events_so_no_date_is_reminded()
    {
        var (agreement, _) = await LiveAgreementAsync(a => a.ConsentReviewInterval == "At each care-plan review", new DateOnly(2020, 3, 15));

        for (var day = new DateOnly(2027, 2, 1); day <= new DateOnly(2027, 3, 20); day = day.AddDays(1))
        {
            await RunRemindersOnAsync(fixture, day);
        }

        Assert.Empty(await RemindersAsync(agreement.AgreementId, NotificationKinds.ConsentReviewDue));
    }
}
