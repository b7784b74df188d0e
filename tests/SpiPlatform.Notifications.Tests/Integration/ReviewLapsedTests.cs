using AngleSharp.Html.Parser;
using SpiPlatform.Notifications.Contracts;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.TestKit;
using static SpiPlatform.Notifications.Tests.Integration.NotificationsScenario;

namespace SpiPlatform.Notifications.Tests.Integration;

[Collection(NotificationsCollection.Collection)]
public sealed class ReviewLapsedTests(NotificationsFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static bool HasLapsedBadge(string html) => new HtmlParser().ParseDocument(html).QuerySelector("[data-testid=review-lapsed]") is not null;

    [Fact]
    public async Task An_agreement_due_on_D_is_review_lapsed_on_D_plus_90_not_before_its_coordinator_is_told_once_and_the_library_shows_it()
    {
        var (agreement, members) = await AgreementWithStaffAsync(fixture);
        var due = agreement.ReviewDue;
        var reader = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var page = $"/library/{agreement.Reference}";

        await RunRemindersOnAsync(fixture, due.AddDays(89));
        Assert.False(HasLapsedBadge(await reader.GetStringAsync(page)));
        Assert.Empty(await RowsAsync(fixture, q => q.Where(n => n.SubjectId == agreement.AgreementId && n.Kind == NotificationKinds.AgreementReviewLapsed)));

        await RunRemindersOnAsync(fixture, due.AddDays(90));
        var lapsed = await RowsAsync(fixture, q => q.Where(n => n.SubjectId == agreement.AgreementId && n.Kind == NotificationKinds.AgreementReviewLapsed));
        Assert.Equal(members.Select(m => m.Email.ToLowerInvariant()).Order(), lapsed.Select(n => n.RecipientEmail).Order());
        Assert.All(lapsed, n => Assert.Equal((90, due), (n.Offset, n.DueOn)));
        Assert.True(HasLapsedBadge(await reader.GetStringAsync(page)));
        Assert.Contains("Adolygiad wedi dod i ben", await reader.GetStringAsync(page + "?culture=cy"));

        // Running again, that day or later, changes nothing.
        Assert.Equal(0, await RunRemindersOnAsync(fixture, due.AddDays(90)));
        await RunRemindersOnAsync(fixture, due.AddDays(91));
        Assert.Equal(lapsed.Count, (await RowsAsync(fixture, q => q.Where(n => n.SubjectId == agreement.AgreementId && n.Kind == NotificationKinds.AgreementReviewLapsed))).Count);
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            Assert.False(await scope.ServiceProvider.GetRequiredService<IProtocolsApi>().MarkReviewLapsedAsync(agreement.AgreementId, due, CancellationToken.None));
        }

        // The library's facet: every agreement it lists under "Review lapsed" carries the badge.
        var filtered = new HtmlParser().ParseDocument(await reader.GetStringAsync("/library?review=LAPSED"));
        Assert.NotNull(filtered.QuerySelector("[data-testid=facet-review] input[value=LAPSED][checked]"));
        var hits = filtered.QuerySelectorAll("[data-testid=reference]");
        Assert.NotEmpty(hits);
        Assert.All(hits, h => Assert.NotNull(h.ParentElement!.QuerySelector("[data-testid=review-lapsed]")));
    }
}
