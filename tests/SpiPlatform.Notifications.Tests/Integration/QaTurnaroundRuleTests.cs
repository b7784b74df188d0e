using SpiPlatform.Notifications.Contracts;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.SharedKernel;
using static SpiPlatform.Notifications.Tests.Integration.NotificationsScenario;

namespace SpiPlatform.Notifications.Tests.Integration;

/// <summary>
/// QA turnaround nudges for the group a submission is routed to: once when the open round comes within QA's warning window
/// (5 working days), once when it passes the 20-working-day target; nothing for decided rounds, nothing twice.
/// </summary>
[Collection(NotificationsCollection.Collection)]
public sealed class QaTurnaroundRuleTests(NotificationsFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_groups_reviewers_hear_once_when_the_open_round_is_five_working_days_from_target_and_once_when_it_is_past()
    {
        IReadOnlyList<QaRoundFigures> rounds;
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            rounds = await scope.ServiceProvider.GetRequiredService<IQualityAssuranceApi>().ListRoundsAsync(default);
        }
        // North Caerphilly is awaiting central QA in the demo data: its round is the one still open.
        var open = Assert.Single(rounds, r => r.DecidedAt is null);
        var submitted = WorkingDays.DateInWales(open.SubmittedAt);
        var due = WorkingDays.Add(submitted, open.TargetWorkingDays);

        DateOnly? firstNudge = null;
        for (var day = submitted; day <= due.AddDays(7); day = day.AddDays(1))
        {
            await RunRemindersOnAsync(fixture, day);
            if (firstNudge is null && (await RowsAsync(fixture, q => q.Where(n => n.Kind == NotificationKinds.QaTurnaroundDueSoon))).Count > 0)
            {
                firstNudge = day;
            }
        }
        await RunRemindersOnAsync(fixture, due.AddDays(3));

        Assert.NotNull(firstNudge);
        Assert.Equal(5, WorkingDays.Between(firstNudge.Value, due));
        var soon = await RowsAsync(fixture, q => q.Where(n => n.Kind == NotificationKinds.QaTurnaroundDueSoon));
        var overdue = await RowsAsync(fixture, q => q.Where(n => n.Kind == NotificationKinds.QaTurnaroundOverdue));
        var reviewers = soon.Select(n => n.RecipientEmail).Order().ToList();
        Assert.NotEmpty(reviewers);
        Assert.Equal(reviewers.Distinct(), reviewers);
        Assert.Equal(reviewers, overdue.Select(n => n.RecipientEmail).Order());
        Assert.All(soon.Concat(overdue), n => Assert.Equal(due, n.DueOn));
        Assert.All(soon.Concat(overdue), n => Assert.StartsWith($"{open.Reference} (", n.SubjectLabelEn));
        // Only the open round is nudged: the decided rounds of the other agreements never are.
        Assert.All(soon.Concat(overdue), n => Assert.Equal($"/qa/submissions/{n.SubjectId}", n.Link));
        Assert.Single(soon.Concat(overdue).Select(n => n.SubjectId).Distinct());
    }

    [Fact]
    public async Task The_reviewers_are_those_of_the_group_the_submission_is_routed_to()
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var qa = scope.ServiceProvider.GetRequiredService<IQualityAssuranceApi>();
        var open = Assert.Single(await qa.ListRoundsAsync(default), r => r.DecidedAt is null);
        var due = WorkingDays.Add(WorkingDays.DateInWales(open.SubmittedAt), open.TargetWorkingDays);

        var nearing = Assert.Single(await qa.ListRoundsNearingTargetAsync(due, default));
        Assert.Empty(await qa.ListRoundsNearingTargetAsync(WorkingDays.DateInWales(open.SubmittedAt), default));

        await RunRemindersOnAsync(fixture, due);
        var rows = await RowsAsync(fixture, q => q.Where(n => n.Kind == NotificationKinds.QaTurnaroundDueSoon));
        Assert.Equal(nearing.ReviewerEmails.Select(e => e.ToLowerInvariant()).Order(), rows.Select(n => n.RecipientEmail).Order());
        Assert.Equal($"{open.Reference} ({nearing.GroupNameEn})", rows[0].SubjectLabelEn);
        Assert.Equal($"{open.Reference} ({nearing.GroupNameCy})", rows[0].SubjectLabelCy);
    }
}
