using SpiPlatform.Notifications.Contracts;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Notifications.Data;
using SpiPlatform.TestKit;
using static SpiPlatform.Notifications.Tests.Integration.NotificationsScenario;

namespace SpiPlatform.Notifications.Tests.Integration;

[Collection(NotificationsCollection.Collection)]
public sealed class SignOffOutstandingTests(NotificationsFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task After_14_days_each_partner_yet_to_sign_is_reminded_and_the_coordinator_gets_one_summary_once()
    {
        List<string> partnerStaff = [], coordinatorStaff = [];
        QaOutstandingSignOff first;
        IReadOnlyList<QaOutstandingSignOff> pending;
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var all = await scope.ServiceProvider.GetRequiredService<IQualityAssuranceApi>().ListOutstandingSignOffsAsync(DateTimeOffset.UtcNow.AddYears(50), CancellationToken.None);
            first = Assert.IsType<QaOutstandingSignOff>(all.FirstOrDefault(), exactMatch: true);
            pending = [.. all.Where(o => o.SubmissionId == first.SubmissionId && o.RoundNumber == first.RoundNumber)];
            var agreementSummary = (await scope.ServiceProvider.GetRequiredService<IProtocolsApi>().FindAsync(first.AgreementId, CancellationToken.None))!;
            // The demo partners of this round have no staff accounts: give one to a partner yet to sign and one to the coordinator.
            var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
            var partnerId = pending.First(o => o.OrganisationId != agreementSummary.CoordinatorId).OrganisationId;
            foreach (var (email, organisation) in new[] { (StaffLogin.Evaluator, partnerId), (StaffLogin.QaReviewer, agreementSummary.CoordinatorId) })
            {
                Assert.Equal(1, await db.Database.ExecuteSqlInterpolatedAsync(
                    $"""UPDATE identity."AspNetUsers" SET "OrganisationId" = {organisation} WHERE "NormalizedEmail" = {email.ToUpperInvariant()}"""));
            }
            var membership = scope.ServiceProvider.GetRequiredService<IOrganisationMembership>();
            foreach (var partner in pending)
            {
                partnerStaff.AddRange((await membership.MembersAsync(partner.OrganisationId, CancellationToken.None)).Select(m => m.Email.ToLowerInvariant()));
            }
            var agreement = (await scope.ServiceProvider.GetRequiredService<IProtocolsApi>().FindAsync(first.AgreementId, CancellationToken.None))!;
            coordinatorStaff.AddRange((await membership.MembersAsync(agreement.CoordinatorId, CancellationToken.None)).Select(m => m.Email.ToLowerInvariant()));
        }
        Assert.Contains(StaffLogin.Evaluator, partnerStaff);
        Assert.Contains(StaffLogin.QaReviewer, coordinatorStaff);
        var asked = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(pending.Min(o => o.RequestedAt), WalesClock.TimeZone).DateTime);
        Task<List<Domain.Notification>> RowsOf(string kind) => RowsAsync(fixture, q => q.Where(n => n.SubjectId == first.SubmissionId && n.Kind == kind));

        await RunRemindersOnAsync(fixture, asked.AddDays(13));
        Assert.Empty(await RowsOf(NotificationKinds.SignOffOutstanding));
        Assert.Empty(await RowsOf(NotificationKinds.SignOffOutstandingSummary));

        await RunRemindersOnAsync(fixture, asked.AddDays(14));
        var nudges = await RowsOf(NotificationKinds.SignOffOutstanding);
        var summaries = await RowsOf(NotificationKinds.SignOffOutstandingSummary);
        Assert.Equal(partnerStaff.Order(), nudges.Select(n => n.RecipientEmail).Order());
        Assert.Equal(coordinatorStaff.Order(), summaries.Select(n => n.RecipientEmail).Order());
        Assert.All(summaries, s => Assert.StartsWith(first.Reference + ": ", s.SubjectLabelEn));
        Assert.All(nudges.Concat(summaries), n => Assert.Equal($"/qa/sign-off/{first.SubmissionId}", n.Link));

        await RunRemindersOnAsync(fixture, asked.AddDays(14));
        await RunRemindersOnAsync(fixture, asked.AddDays(21));
        Assert.Equal(nudges.Count, (await RowsOf(NotificationKinds.SignOffOutstanding)).Count);
        Assert.Equal(summaries.Count, (await RowsOf(NotificationKinds.SignOffOutstandingSummary)).Count);
    }
}
