using System.Net;
using AngleSharp.Html.Parser;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.TestKit;

namespace SpiPlatform.QualityAssurance.Tests.Integration;

[Collection(QualityAssuranceCollection.Collection)]
public sealed class ReviewPageTests(QualityAssuranceFixture fixture) : IAsyncLifetime
{
    private HttpClient _editor = null!;
    private HttpClient _reviewer = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        _reviewer = await fixture.StaffClientAsync(StaffLogin.QaReviewer);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string PathOf(QaSubmission s) => $"/qa/submissions/{s.Id}";

    /// <summary>A Torfaen submission the reviewer has claimed; returns it and the version reached.</summary>
    private async Task<(QaSubmission, int)> ClaimedAsync()
    {
        var submission = await fixture.SubmittedTorfaenAsync(_editor);
        var version = QaScenario.Node(await QaScenario.ClaimAsync(_reviewer, submission.Id, submission.Version), "claimSubmission").GetProperty("version").GetInt32();
        return (submission, version);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> form, bool htmx = false)
    {
        form["__RequestVerificationToken"] = await StaffLogin.AntiforgeryTokenAsync(client, path.Split('?')[0]);
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        if (htmx)
        {
            request.Headers.Add("HX-Request", "true");
        }
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task The_reviewer_sees_the_agreement_beside_the_checklist_and_saves_an_item_without_javascript()
    {
        var (submission, version) = await ClaimedAsync();

        var html = await _reviewer.GetStringAsync(PathOf(submission));
        var page = new HtmlParser().ParseDocument(html);
        Assert.Equal("Torfaen Youth Offending Information Sharing Protocol", page.QuerySelector("[data-testid=title-en]")!.TextContent.Trim());
        Assert.Contains("Gwent Police", page.QuerySelector("[data-testid=review-partners]")!.TextContent);
        Assert.Equal(QaChecklist.Items.Count, page.QuerySelectorAll("[data-testid=checklist-item] fieldset legend").Length);
        Assert.NotNull(page.QuerySelector("[data-testid=return-form]"));

        using var saved = await PostAsync(_reviewer, $"{PathOf(submission)}?handler=item",
            new() { ["Version"] = version.ToString(), ["Item"] = "purpose", ["Result"] = "Met", ["Comment"] = "Clear" });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.EndsWith("#item-purpose", saved.Headers.Location!.ToString());
        var stored = await fixture.SubmissionWithChecklistAsync(submission.AgreementId);
        var entry = Assert.Single(stored.CurrentRound.Checklist);
        Assert.Equal(("purpose", ChecklistResult.Met, "Clear"), (entry.Item, entry.Result, entry.Comment));
        Assert.Equal(version + 1, stored.Version);
        Assert.Contains("Saved: The purpose of the sharing is stated.", await _reviewer.GetStringAsync(PathOf(submission)));
        var welsh = System.Net.WebUtility.HtmlDecode(await _reviewer.GetStringAsync($"{PathOf(submission)}?culture=cy"));
        Assert.Contains("Rhestr wirio 2026-1", welsh);
        Assert.Contains("Wedi'i fodloni", welsh);
        Assert.Contains("Mae diben y rhannu wedi'i nodi.", welsh);
    }

    [Fact]
    public async Task With_htmx_a_saved_item_swaps_its_row_and_updates_every_version_field_and_a_stale_version_is_a_conflict_in_place()
    {
        var (submission, version) = await ClaimedAsync();

        using var saved = await PostAsync(_reviewer, $"{PathOf(submission)}?handler=item",
            new() { ["Version"] = version.ToString(), ["Item"] = "consent", ["Result"] = "NotApplicable" }, htmx: true);
        var html = await saved.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.StartsWith("<div id=\"item-consent\"", html.Trim());
        Assert.DoesNotContain("<html", html);
        var fragment = new HtmlParser().ParseDocument(html);
        Assert.Equal((version + 1).ToString(), fragment.QuerySelector("#version-consent")!.GetAttribute("value"));
        Assert.Equal((version + 1).ToString(), fragment.QuerySelector("#version-purpose[hx-swap-oob]")!.GetAttribute("value"));
        Assert.Equal((version + 1).ToString(), fragment.QuerySelector("#version-return[hx-swap-oob]")!.GetAttribute("value"));

        using var stale = await PostAsync(_reviewer, $"{PathOf(submission)}?handler=item",
            new() { ["Version"] = version.ToString(), ["Item"] = "purpose", ["Result"] = "Met" }, htmx: true);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, stale.StatusCode);
        var conflict = await stale.Content.ReadAsStringAsync();
        Assert.StartsWith("<div id=\"item-purpose\"", conflict.Trim());
        Assert.Contains("This submission has changed since you opened it, so nothing was saved.", System.Net.WebUtility.HtmlDecode(conflict));

        using var plainStale = await PostAsync(_reviewer, $"{PathOf(submission)}?handler=item&culture=cy",
            new() { ["Version"] = version.ToString(), ["Item"] = "purpose", ["Result"] = "Met" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, plainStale.StatusCode);
        Assert.Contains("felly ni chadwyd dim", System.Net.WebUtility.HtmlDecode(await plainStale.Content.ReadAsStringAsync()));

        var stored = await fixture.SubmissionWithChecklistAsync(submission.AgreementId);
        Assert.Equal(["consent"], stored.CurrentRound.Checklist.Select(c => c.Item));
        Assert.Equal(version + 1, stored.Version);
    }

    [Fact]
    public async Task Returning_with_no_changes_required_is_shown_again_with_422_and_the_message_and_nothing_changes()
    {
        var (submission, version) = await ClaimedAsync();

        using var response = await PostAsync(_reviewer, $"{PathOf(submission)}?handler=return",
            new() { ["Version"] = version.ToString(), ["Round"] = "1", ["ChangesRequired"] = "   " });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        Assert.Contains("Say what the partners need to change.", page.QuerySelector("[data-testid=error-summary]")!.TextContent);
        Assert.Equal("#changesRequired", page.QuerySelector("[data-testid=error-summary] a")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#changesRequired"));
        var after = (await fixture.SubmissionOfAsync(submission.AgreementId))!;
        Assert.Equal((QaSubmissionState.InReview, version), (after.State, after.Version));

        using var returned = await PostAsync(_reviewer, $"{PathOf(submission)}?handler=return",
            new() { ["Version"] = version.ToString(), ["Round"] = "1", ["ChangesRequired"] = "Name the retention periods." });
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Equal(QaSubmissionState.Returned, (await fixture.SubmissionOfAsync(submission.AgreementId))!.State);
    }

    [Fact]
    public async Task After_a_resubmission_the_review_screen_shows_what_changed_since_round_one()
    {
        var (submission, version) = await ClaimedAsync();
        QaScenario.Node(await QaScenario.ReturnAsync(_reviewer, submission.Id, version, "Say it is youth justice"), "returnForAmendment");
        await fixture.ResubmitAsync(_editor, submission.AgreementId, "Torfaen Youth Justice Information Sharing Protocol");

        var page = new HtmlParser().ParseDocument(await _reviewer.GetStringAsync(PathOf(submission)));

        var diff = page.QuerySelector("[data-testid=round-diff]")!;
        Assert.Contains("What changed since round 1", diff.TextContent);
        var title = diff.QuerySelector("[data-field=titleEn]")!;
        Assert.Contains("Torfaen Youth Offending Information Sharing Protocol", title.QuerySelector("del")!.TextContent);
        Assert.Contains("Torfaen Youth Justice Information Sharing Protocol", title.QuerySelector("ins")!.TextContent);
        Assert.Equal("Torfaen Youth Justice Information Sharing Protocol", page.QuerySelector("[data-testid=title-en]")!.TextContent.Trim());
        Assert.Equal(2, page.QuerySelectorAll("[data-testid=round]").Length);
        Assert.Contains("Say it is youth justice", page.QuerySelector("[data-testid=round-reason]")!.TextContent);
    }

    [Fact]
    public async Task A_reviewer_of_another_group_and_an_organisation_editor_may_not_open_the_review_screen_and_the_programme_team_only_reads()
    {
        var (torfaen, _) = await ClaimedAsync();
        var northWales = await fixture.SubmittedNorthWalesAsync();
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);

        using var otherGroup = await _reviewer.GetAsync(PathOf(northWales));
        Assert.Equal(HttpStatusCode.Forbidden, otherGroup.StatusCode);
        using var editor = await _editor.GetAsync(PathOf(torfaen));
        Assert.NotEqual(HttpStatusCode.OK, editor.StatusCode);
        using var missing = await _reviewer.GetAsync($"/qa/submissions/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        var read = new HtmlParser().ParseDocument(await programme.GetStringAsync(PathOf(torfaen)));
        Assert.Empty(read.QuerySelectorAll("form[action*=handler]"));
        Assert.Equal(QaChecklist.Items.Count, read.QuerySelectorAll("[data-testid=item-result]").Length);
    }
}
