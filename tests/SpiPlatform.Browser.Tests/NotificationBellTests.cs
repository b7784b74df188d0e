using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SpiPlatform.Notifications.Contracts;
using SpiPlatform.Notifications.Features.Reminders;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.TestKit;

namespace SpiPlatform.Browser.Tests;

[Collection(BrowserCollection.Collection)]
public sealed class NotificationBellTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task RemindAsync(string email, string reference)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<NotificationStore>();
        var reminder = new Reminder(NotificationKinds.AgreementReviewDue, 0, Guid.NewGuid(), new DateOnly(2027, 6, 30), reference, reference, $"/library/{reference}");
        Assert.True(await store.AddOnceAsync(reminder, new OrganisationMember(email, email, null), CancellationToken.None));
    }

    [Fact]
    public async Task The_bell_shows_a_new_reminder_and_marking_it_read_brings_the_count_down_in_place()
    {
        var page = await fixture.SignedInPageAsync(StaffLogin.OrganisationEditor);
        await page.GotoAsync("/");
        var count = page.GetByTestId("header-badge-notifications-count");
        await Assertions.Expect(count).ToHaveTextAsync("0");

        await RemindAsync(StaffLogin.OrganisationEditor, "ISP-BELL-0001");
        await RemindAsync(StaffLogin.OrganisationEditor, "ISP-BELL-0002");
        await page.GotoAsync("/");
        await Assertions.Expect(count).ToHaveTextAsync("2");

        await page.GetByTestId("header-badge-notifications").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Notifications");
        var first = page.GetByTestId("notification").Filter(new() { HasText = "ISP-BELL-0001" });
        await first.GetByTestId("mark-read").ClickAsync();

        // htmx swaps the item and the response's HX-Trigger refreshes the bell, without a new page.
        await Assertions.Expect(first.GetByTestId("mark-read")).ToHaveCountAsync(0);
        await Assertions.Expect(count).ToHaveTextAsync("1");
        Assert.EndsWith("/notifications", page.Url);
        await Assertions.Expect(page.GetByTestId("notification").Filter(new() { HasText = "ISP-BELL-0002" }).GetByTestId("unread")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Without_javascript_marking_read_reloads_the_list_with_the_new_count()
    {
        await RemindAsync(StaffLogin.OrganisationEditor, "ISP-BELL-0003");
        var page = await fixture.SignedInPageAsync(StaffLogin.OrganisationEditor, javaScript: false);
        await page.GotoAsync("/notifications");
        await Assertions.Expect(page.GetByTestId("header-badge-notifications-count")).ToHaveTextAsync("1");

        await page.GetByTestId("mark-read").ClickAsync();

        await Assertions.Expect(page.GetByText("Marked as read.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("header-badge-notifications-count")).ToHaveTextAsync("0");
    }
}
