using System.Net;
using AngleSharp.Html.Parser;
using SpiPlatform.TestKit;
using static SpiPlatform.Notifications.Tests.Integration.NotificationsScenario;

namespace SpiPlatform.Notifications.Tests.Integration;

[Collection(NotificationsCollection.Collection)]
public sealed class NotificationPagesTests(NotificationsFixture fixture) : IAsyncLifetime
{
    private HttpClient _editor = null!;
    private HttpClient _programme = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        _programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static FormUrlEncodedContent Form(string token) => new([KeyValuePair.Create("__RequestVerificationToken", token)]);

    private static string Text(string html, string testId)
        => new HtmlParser().ParseDocument(html).QuerySelector($"[data-testid='{testId}']")?.TextContent.Trim() ?? "";

    private async Task<string> BellCountAsync(HttpClient client) => Text(await client.GetStringAsync("/header-badges/notifications"), "header-badge-notifications-count");

    [Fact]
    public async Task The_bell_counts_my_unread_reminders_and_the_list_shows_them_in_english_and_welsh()
    {
        await AddAsync(fixture, StaffLogin.OrganisationEditor);
        await AddAsync(fixture, StaffLogin.OrganisationEditor, offset: 7);
        await AddAsync(fixture, StaffLogin.ProgrammeTeam);

        var home = await _editor.GetStringAsync("/");
        Assert.Equal("2", Text(home, "header-badge-notifications-count"));
        Assert.Contains("hx-trigger=\"every 30s", home);
        Assert.Equal("2", await BellCountAsync(_editor));
        var list = await _editor.GetStringAsync("/notifications");
        Assert.Equal(2, new HtmlParser().ParseDocument(list).QuerySelectorAll("[data-testid=notification]").Length);
        Assert.Contains("Review of ISP-TEST-0001 is 7 days overdue", list);
        Assert.Contains("Mae adolygiad o ISP-TEST-0001 7 diwrnod yn hwyr", await _editor.GetStringAsync("/notifications?culture=cy"));
        Assert.Equal("1", await BellCountAsync(_programme));
    }

    [Fact]
    public async Task Without_javascript_marking_read_redirects_back_and_the_count_goes_down_once()
    {
        var id = await AddAsync(fixture, StaffLogin.OrganisationEditor);
        var token = await StaffLogin.AntiforgeryTokenAsync(_editor, "/notifications");

        using var read = await _editor.PostAsync($"/notifications?handler=read&id={id}", Form(token));

        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        Assert.Equal("/notifications", read.Headers.Location!.OriginalString);
        Assert.Equal("0", await BellCountAsync(_editor));
        var first = (await RowsAsync(fixture, q => q.Where(n => n.Id == id))).Single().ReadAt;
        Assert.NotNull(first);
        using var again = await _editor.PostAsync($"/notifications?handler=read&id={id}", Form(token));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(first, (await RowsAsync(fixture, q => q.Where(n => n.Id == id))).Single().ReadAt);
    }

    [Fact]
    public async Task With_htmx_marking_read_answers_the_item_and_tells_the_bell_to_refresh()
    {
        var id = await AddAsync(fixture, StaffLogin.OrganisationEditor);
        var token = await StaffLogin.AntiforgeryTokenAsync(_editor, "/notifications");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/notifications?handler=read&id={id}") { Content = Form(token) };
        request.Headers.Add("HX-Request", "true");

        using var read = await _editor.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal("header-badges-changed", read.Headers.GetValues("HX-Trigger").Single());
        var html = await read.Content.ReadAsStringAsync();
        Assert.Contains($"id=\"notification-{id}\"", html);
        Assert.DoesNotContain("mark-read", html);
    }

    [Fact]
    public async Task Nobody_may_mark_someone_elses_notification_read()
    {
        var id = await AddAsync(fixture, StaffLogin.OrganisationEditor);
        var token = await StaffLogin.AntiforgeryTokenAsync(_programme, "/notifications");

        using var other = await _programme.PostAsync($"/notifications?handler=read&id={id}", Form(token));
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
        Assert.Contains("There is no such notification.", await other.Content.ReadAsStringAsync());

        var anonymous = await fixture.StaffClientAsync(null);
        var anonymousToken = await StaffLogin.AntiforgeryTokenAsync(anonymous);
        using var signedOut = await anonymous.PostAsync($"/notifications?handler=read&id={id}", Form(anonymousToken));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Contains("/account/login", signedOut.Headers.Location!.OriginalString);

        Assert.Null((await RowsAsync(fixture, q => q.Where(n => n.Id == id))).Single().ReadAt);
        Assert.Equal("1", await BellCountAsync(_editor));
    }

    [Fact]
    public async Task Only_the_programme_team_may_read_ops_mail()
    {
        var anonymous = await fixture.StaffClientAsync(null);
        using var signedOut = await anonymous.GetAsync("/ops/mail");
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Contains("/account/login", signedOut.Headers.Location!.OriginalString);

        foreach (var email in new[] { StaffLogin.OrganisationEditor, StaffLogin.QaReviewer, StaffLogin.Evaluator })
        {
            var client = await fixture.StaffClientAsync(email);
            using var refused = await client.GetAsync("/ops/mail");
            Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{email}: {refused.StatusCode}");
            if (refused.StatusCode == HttpStatusCode.Redirect)
            {
                Assert.Contains("/account/access-denied", refused.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
            }
        }

        using var allowed = await _programme.GetAsync("/ops/mail");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task Signed_out_there_is_no_bell_and_the_list_asks_to_sign_in()
    {
        var anonymous = await fixture.StaffClientAsync(null);
        Assert.DoesNotContain("header-badge-notifications", await anonymous.GetStringAsync("/"));
        // An open tab whose session ended polls the bell: nothing to swap, not the login page.
        using var poll = await anonymous.GetAsync("/header-badges/notifications");
        Assert.Equal(HttpStatusCode.NoContent, poll.StatusCode);
        using var list = await anonymous.GetAsync("/notifications");
        Assert.Equal(HttpStatusCode.Redirect, list.StatusCode);
        Assert.Contains("/account/login", list.Headers.Location!.OriginalString);
    }
}
