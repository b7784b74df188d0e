using System.Net;
using AngleSharp.Html.Parser;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.TestKit;
using static SpiPlatform.QualityAssurance.Tests.Integration.SignOffScenario;

namespace SpiPlatform.QualityAssurance.Tests.Integration;

/// <summary>The sign-off page and the sign-off rights page without JavaScript: post, redirect, get; refusals at 422.</summary>
[Collection(QualityAssuranceCollection.Collection)]
public sealed class SignOffPagesTests(QualityAssuranceFixture fixture) : IAsyncLifetime
{
    private HttpClient _editor = null!;
    private HttpClient _reviewer = null!;
    private HttpClient _healthBoard = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        _reviewer = await fixture.StaffClientAsync(StaffLogin.QaReviewer);
        _healthBoard = await fixture.StaffClientAsync(StaffLogin.HealthBoardSignatory);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields)
        => new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token)));

    private static string Text(string html, string testId) => new HtmlParser().ParseDocument(html).QuerySelector($"[data-testid={testId}]")?.TextContent.Trim() ?? "";

    [Fact]
    public async Task A_signatory_signs_off_on_the_page_and_the_progress_shows_it_in_english_and_welsh()
    {
        var submission = await fixture.ApprovedTorfaenAsync(_editor, _reviewer);
        var path = $"/qa/sign-off/{submission.Id}";

        var before = await _healthBoard.GetStringAsync(path);
        Assert.Equal("0 of 3 signed", Text(before, "sign-off-progress"));
        Assert.Contains("Sign off for Aneurin Bevan Health Board", before);
        var token = await StaffLogin.AntiforgeryTokenAsync(_healthBoard, path);

        using var posted = await _healthBoard.PostAsync($"{path}?handler=sign", Form(token, ("Version", "0")));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal(path, posted.Headers.Location!.OriginalString);
        var after = await _healthBoard.GetStringAsync(path);
        Assert.Equal("1 of 3 signed", Text(after, "sign-off-progress"));
        Assert.Equal($"You have signed {submission.Reference} off.", Text(after, "sign-off-message"));
        Assert.DoesNotContain("handler=sign", after);
        Assert.Contains("Demo Caldicott Guardian, Caldicott Guardian", after);
        var welsh = await _editor.GetStringAsync(path + "?culture=cy");
        Assert.Equal("1 o 3 wedi cymeradwyo", Text(welsh, "sign-off-progress"));
        Assert.Contains("Cymeradwyo ar ran Cyngor Bwrdeistref Sirol Torfaen", welsh);
        Assert.Equal(SignOffState.Signed, (await fixture.SignOffsAsync(submission.Id)).Single(o => o.OrganisationId == HealthBoard).State);
        // The rights page lists what still awaits the organisation's sign-off.
        Assert.Contains($"href=\"{path}\"", Html(await _editor.GetStringAsync("/qa/sign-off-rights"), "awaiting-sign-off"));
        Assert.DoesNotContain(path, await _healthBoard.GetStringAsync("/qa/sign-off-rights"));
    }

    private static string Html(string html, string testId) => new HtmlParser().ParseDocument(html).QuerySelector($"[data-testid={testId}]")?.InnerHtml ?? "";

    [Fact]
    public async Task A_decline_without_a_reason_is_shown_again_at_422_and_with_htmx_only_the_panel_is_swapped()
    {
        var submission = await fixture.ApprovedTorfaenAsync(_editor, _reviewer);
        var path = $"/qa/sign-off/{submission.Id}";
        var token = await StaffLogin.AntiforgeryTokenAsync(_healthBoard, path);

        using var refused = await _healthBoard.PostAsync($"{path}?handler=decline", Form(token, ("Version", "0"), ("Reason", " ")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Say why your organisation will not sign this agreement off.", Text(html, "error-summary"));
        Assert.Contains("<html", html);
        using var htmx = new HttpRequestMessage(HttpMethod.Post, $"{path}?handler=decline") { Content = Form(token, ("Version", "0"), ("Reason", "Health data retention is missing.")) };
        htmx.Headers.Add("HX-Request", "true");
        using var swapped = await _healthBoard.SendAsync(htmx);
        Assert.Equal(HttpStatusCode.OK, swapped.StatusCode);
        var panel = await swapped.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", panel);
        Assert.StartsWith("<div id=\"sign-off-panel\"", panel.Trim());
        Assert.Contains("Health data retention is missing.", panel);
        Assert.Equal(AgreementStatus.Draft, await fixture.AgreementStatusAsync(submission.AgreementId));
    }

    [Fact]
    public async Task The_page_is_for_partners_and_qa_only_and_forms_only_for_a_signatory_of_a_pending_partner()
    {
        var submission = await fixture.ApprovedTorfaenAsync(_editor, _reviewer);
        var path = $"/qa/sign-off/{submission.Id}";

        var review = await _reviewer.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        Assert.DoesNotContain("handler=sign", await review.Content.ReadAsStringAsync());
        using var evaluator = await (await fixture.StaffClientAsync(StaffLogin.Evaluator)).GetAsync(path);
        Assert.Equal(HttpStatusCode.Forbidden, evaluator.StatusCode);
        using var anonymous = await fixture.Factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(path);
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        using var missing = await _reviewer.GetAsync($"/qa/sign-off/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        // The QA reviewer posting anyway is refused by the handler.
        var token = await StaffLogin.AntiforgeryTokenAsync(_reviewer, path);
        using var posted = await _reviewer.PostAsync($"{path}?handler=sign", Form(token, ("Version", "0")));
        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.All(await fixture.SignOffsAsync(submission.Id), o => Assert.Equal(SignOffState.Pending, o.State));

        // A member of a pending partner without the right is told why there is no form.
        Assert.Contains("handler=sign", await _editor.GetStringAsync(path));
        QaScenario.Node(await RevokeAsync(_editor, (await fixture.RightsAsync()).Single(r => r.Email == StaffLogin.OrganisationEditor).Id), "revokeSignOffRight");
        var withoutRight = await _editor.GetStringAsync(path);
        Assert.DoesNotContain("handler=sign", withoutRight);
        Assert.StartsWith("Your organisation's sign-off is outstanding.", Text(withoutRight, "sign-off-no-right"));
    }

    [Fact]
    public async Task An_editor_revokes_and_grants_on_the_rights_page_and_a_bad_email_is_shown_again_at_422()
    {
        const string Path = "/qa/sign-off-rights";
        var page = await _editor.GetStringAsync(Path);
        Assert.Contains(StaffLogin.OrganisationEditor, page);
        Assert.DoesNotContain(StaffLogin.HealthBoardSignatory, page);
        var token = await StaffLogin.AntiforgeryTokenAsync(_editor, Path);

        using var wrong = await _editor.PostAsync($"{Path}?handler=grant", Form(token, ("Email", StaffLogin.HealthBoardSignatory), ("SignatoryRole", "")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        Assert.Contains("There is no account with that email address in the organisation.", Text(await wrong.Content.ReadAsStringAsync(), "error-summary"));

        var right = (await fixture.RightsAsync()).Single(r => r.Email == StaffLogin.OrganisationEditor);
        using var revoked = await _editor.PostAsync($"{Path}?handler=revoke", Form(token, ("RightId", right.Id.ToString())));
        Assert.Equal(HttpStatusCode.Redirect, revoked.StatusCode);
        using var granted = await _editor.PostAsync($"{Path}?handler=grant", Form(token, ("Email", "Editor@Demo.SPI.Wales "), ("SignatoryRole", "Head of Children's Services")));
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);

        var rights = (await fixture.RightsAsync()).Where(r => r.Email == StaffLogin.OrganisationEditor).ToList();
        Assert.Equal(2, rights.Count);
        Assert.Single(rights, r => r is { RevokedAt: null, SignatoryRole: "Head of Children's Services", GrantedBy: "staff:editor@demo.spi.wales" });
        Assert.Contains("Demo Organisation Editor may now sign agreements off for the organisation.", await _editor.GetStringAsync(Path));
        using var reviewerPage = await _reviewer.GetAsync(Path);
        Assert.NotEqual(HttpStatusCode.OK, reviewerPage.StatusCode);
    }
}
