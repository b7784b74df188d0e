using System.Net;
using AngleSharp.Html.Parser;
using SpiPlatform.Notifications.Contracts;
using SpiPlatform.Notifications.Data;
using SpiPlatform.Notifications.Domain;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.TestKit;
using static SpiPlatform.Notifications.Tests.Integration.NotificationsScenario;

namespace SpiPlatform.Notifications.Tests.Integration;

[Collection(NotificationsCollection.Collection)]
public sealed class PreferencesPageTests(NotificationsFixture fixture) : IAsyncLifetime
{
    private const string Path = "/notifications/preferences";
    private HttpClient _editor = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static FormUrlEncodedContent Form(string token, string review, string renewal, string language) => new(
    [
        KeyValuePair.Create("__RequestVerificationToken", token),
        KeyValuePair.Create($"Delivery[{NotificationKinds.AgreementReviewDue}]", review),
        KeyValuePair.Create($"Delivery[{NotificationKinds.AccordRenewalDue}]", renewal),
        KeyValuePair.Create($"Delivery[{NotificationKinds.AgreementReviewLapsed}]", "Immediate"),
        KeyValuePair.Create($"Delivery[{NotificationKinds.SignOffOutstanding}]", "Immediate"),
        KeyValuePair.Create($"Delivery[{NotificationKinds.SignOffOutstandingSummary}]", "Immediate"),
        KeyValuePair.Create($"Delivery[{NotificationKinds.ComplianceCheckDue}]", "Immediate"),
        KeyValuePair.Create($"Delivery[{NotificationKinds.ConsentReviewDue}]", "Immediate"),
        KeyValuePair.Create($"Delivery[{NotificationKinds.QaTurnaroundDueSoon}]", "Immediate"),
        KeyValuePair.Create($"Delivery[{NotificationKinds.QaTurnaroundOverdue}]", "Immediate"),
        KeyValuePair.Create("Language", language),
    ]);

    private static string? Checked(string html, string name)
        => new HtmlParser().ParseDocument(html).QuerySelector($"input[name='{name}'][checked]")?.GetAttribute("value");

    private async Task<(Dictionary<string, Delivery> Preferences, string? Language)> StoredAsync(string email)
    {
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var preferences = await db.Preferences.AsNoTracking().Where(p => p.RecipientEmail == email).ToDictionaryAsync(p => p.Kind, p => p.Delivery);
        return (preferences, await scope.ServiceProvider.GetRequiredService<IStaffLanguage>().GetAsync(email, CancellationToken.None));
    }

    [Fact]
    public async Task Without_javascript_saving_redirects_stores_my_choices_and_my_language_and_touches_nobody_else()
    {
        var pending = await AddAsync(fixture, StaffLogin.OrganisationEditor);
        var before = await _editor.GetStringAsync(Path);
        Assert.Equal("Immediate", Checked(before, $"Delivery[{NotificationKinds.AgreementReviewDue}]"));
        Assert.Equal("both", Checked(before, "Language"));
        var token = await StaffLogin.AntiforgeryTokenAsync(_editor, Path);

        using var saved = await _editor.PostAsync(Path, Form(token, "DailyDigest", "Immediate", "cy"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(Path, saved.Headers.Location!.OriginalString);
        var (preferences, language) = await StoredAsync(StaffLogin.OrganisationEditor);
        Assert.Equal(new Dictionary<string, Delivery> { [NotificationKinds.AgreementReviewDue] = Delivery.DailyDigest }, preferences);
        Assert.Equal("cy", language);
        // The rules read the same claim, and the mail not yet sent takes the new language.
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var claims = await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Database.SqlQuery<string>($"""
                SELECT c."ClaimValue" AS "Value" FROM identity."AspNetUserClaims" c JOIN identity."AspNetUsers" u ON u."Id" = c."UserId"
                WHERE u."NormalizedEmail" = {StaffLogin.OrganisationEditor.ToUpperInvariant()} AND c."ClaimType" = {SpiClaims.PreferredLanguage}
                """).ToListAsync();
            Assert.Equal(["cy"], claims);
        }
        Assert.Equal("cy", (await RowsAsync(fixture, q => q.Where(n => n.Id == pending))).Single().RecipientLanguage);
        var after = await _editor.GetStringAsync(Path);
        Assert.Equal("DailyDigest", Checked(after, $"Delivery[{NotificationKinds.AgreementReviewDue}]"));
        Assert.Equal("cy", Checked(after, "Language"));
        Assert.Contains("Your preferences are saved.", after);
        Assert.Equal((0, null), ((await StoredAsync(StaffLogin.ProgrammeTeam)).Preferences.Count, (await StoredAsync(StaffLogin.ProgrammeTeam)).Language));

        // Back to both languages: the choice is cleared, so mail comes in both.
        using var both = await _editor.PostAsync(Path, Form(token, "Immediate", "WeeklyDigest", "both"));
        Assert.Equal(HttpStatusCode.Redirect, both.StatusCode);
        (preferences, language) = await StoredAsync(StaffLogin.OrganisationEditor);
        Assert.Equal(new Dictionary<string, Delivery> { [NotificationKinds.AccordRenewalDue] = Delivery.WeeklyDigest }, preferences);
        Assert.Null(language);
        Assert.Null((await RowsAsync(fixture, q => q.Where(n => n.Id == pending))).Single().RecipientLanguage);
    }

    [Fact]
    public async Task Bad_choices_are_shown_again_at_422_with_messages_in_english_and_welsh_and_nothing_changes()
    {
        var token = await StaffLogin.AntiforgeryTokenAsync(_editor, Path);

        using var refused = await _editor.PostAsync(Path, Form(token, "Hourly", "Immediate", "fr"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Choose how to receive each kind of reminder: at once, in a daily digest or in a weekly digest.", html);
        Assert.Contains("Choose the language of your mail: Welsh, English or both.", html);
        Assert.Contains($"href=\"#delivery-{NotificationKinds.AgreementReviewDue}\"", html);
        Assert.Equal((0, null), ((await StoredAsync(StaffLogin.OrganisationEditor)).Preferences.Count, (await StoredAsync(StaffLogin.OrganisationEditor)).Language));

        var welshToken = await StaffLogin.AntiforgeryTokenAsync(_editor, Path + "?culture=cy");
        using var welsh = await _editor.PostAsync(Path + "?culture=cy", Form(welshToken, "DailyDigest", "DailyDigest", ""));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, welsh.StatusCode);
        Assert.Contains("Dewiswch iaith eich negeseuon e-bost: Cymraeg, Saesneg neu'r ddwy.", WebUtility.HtmlDecode(await welsh.Content.ReadAsStringAsync()));
        Assert.Empty((await StoredAsync(StaffLogin.OrganisationEditor)).Preferences);
    }

    [Fact]
    public async Task With_htmx_saving_answers_the_form_with_the_saved_notice()
    {
        var token = await StaffLogin.AntiforgeryTokenAsync(_editor, Path);
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = Form(token, "WeeklyDigest", "DailyDigest", "en") };
        request.Headers.Add("HX-Request", "true");

        using var saved = await _editor.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var document = new HtmlParser().ParseDocument(await saved.Content.ReadAsStringAsync());
        Assert.NotNull(document.QuerySelector("#preferences [data-testid=preferences-saved]"));
        Assert.Equal("WeeklyDigest", document.QuerySelector($"input[name='Delivery[{NotificationKinds.AgreementReviewDue}]'][checked]")?.GetAttribute("value"));
        Assert.Equal("en", (await StoredAsync(StaffLogin.OrganisationEditor)).Language);
    }

    [Fact]
    public async Task Signed_out_the_page_asks_to_sign_in_and_saving_changes_nothing()
    {
        var anonymous = await fixture.StaffClientAsync(null);
        using var page = await anonymous.GetAsync(Path);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains("/account/login", page.Headers.Location!.OriginalString);

        var token = await StaffLogin.AntiforgeryTokenAsync(anonymous);
        using var post = await anonymous.PostAsync(Path, Form(token, "DailyDigest", "DailyDigest", "cy"));
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        Assert.Contains("/account/login", post.Headers.Location!.OriginalString);

        Assert.Contains("Dewisiadau hysbysiadau", await _editor.GetStringAsync(Path + "?culture=cy"));
        Assert.Contains(Path, await _editor.GetStringAsync("/notifications"));
    }
}
