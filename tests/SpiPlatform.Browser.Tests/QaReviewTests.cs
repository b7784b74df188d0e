using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SpiPlatform.TestKit;
using static Microsoft.Playwright.Assertions;

namespace SpiPlatform.Browser.Tests;

/// <summary>The review screen in Chromium: a checklist item is saved as it is changed, without a page load, and a stale version is a conflict in place.</summary>
[Collection(BrowserCollection.Collection)]
public sealed class QaReviewTests(BrowserFixture fixture) : IAsyncLifetime
{
    private const string Checklist = "qaSubmission(id: $id) { version checklist { item result comment } }";

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The editor submits a draft started from a demo agreement; the reviewer claims it. Returns its id.</summary>
    private async Task<string> ClaimedSubmissionAsync(HttpClient reviewer)
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var found = await GraphQLClient.PostAsync(editor, "query($r: String) { agreement(reference: $r) { id } }", variables: new { r = "ISP-2011-0001" });
        var derived = (await GraphQLClient.PostAsync(editor, "mutation($id: ID!) { deriveAgreement(agreementId: $id) { id version } }",
            variables: new { id = found.Data.GetProperty("agreement").GetProperty("id").GetString() })).Data.GetProperty("deriveAgreement");
        var submitted = await GraphQLClient.PostAsync(editor, "mutation($id: ID!, $v: Int!) { submitForQualityAssurance(agreementId: $id, version: $v) { status } }",
            variables: new { id = derived.GetProperty("id").GetString(), v = derived.GetProperty("version").GetInt32() });
        Assert.False(submitted.HasErrors, submitted.Body.ToString());
        await fixture.Factory.Services.DispatchOutboxAsync();
        await fixture.Factory.Services.QueuedJobsFinishedAsync();

        var queue = await GraphQLClient.PostAsync(reviewer, "{ qaSubmissions(filter: { states: [WAITING] }) { edges { node { id agreementId version } } } }");
        Assert.False(queue.HasErrors, queue.Body.ToString());
        // The demo data's North Caerphilly ISP waits in the same queue.
        var node = Assert.Single(queue.Data.GetProperty("qaSubmissions").GetProperty("edges").EnumerateArray(),
            e => e.GetProperty("node").GetProperty("agreementId").GetString() == derived.GetProperty("id").GetString()).GetProperty("node");
        var claimed = await GraphQLClient.PostAsync(reviewer, "mutation($input: ClaimSubmissionInput!) { claimSubmission(input: $input) { id } }",
            variables: new { input = new { submissionId = node.GetProperty("id").GetString(), version = node.GetProperty("version").GetInt32() } });
        Assert.False(claimed.HasErrors, claimed.Body.ToString());
        return node.GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> ReadAsync(HttpClient reviewer, string id)
        => (await GraphQLClient.PostAsync(reviewer, $"query($id: ID!) {{ {Checklist} }}", variables: new { id })).Data.GetProperty("qaSubmission");

    private static string? ResultOf(JsonElement submission, string item)
        => submission.GetProperty("checklist").EnumerateArray().Single(l => l.GetProperty("item").GetString() == item).GetProperty("result").GetString();

    [Fact]
    public async Task A_checklist_item_is_saved_as_it_is_changed_without_a_page_load_and_a_stale_version_shows_a_conflict()
    {
        var reviewer = await fixture.StaffClientAsync(StaffLogin.QaReviewer);
        var id = await ClaimedSubmissionAsync(reviewer);
        var page = await fixture.SignedInPageAsync(StaffLogin.QaReviewer);
        await page.GotoAsync($"/qa/submissions/{id}");
        await CheckAsync(page);
        await page.EvaluateAsync("window.__marker = 'same page'");

        var purpose = page.Locator("#item-purpose");
        await purpose.GetByLabel("Met", new() { Exact = true }).CheckAsync();
        await Expect(page.Locator("#item-purpose").GetByTestId("item-saved")).ToHaveTextAsync("Saved");
        // A second item goes through too: the first save gave every form on the page the new version.
        await page.Locator("#item-consent").GetByLabel("Not applicable", new() { Exact = true }).CheckAsync();
        await Expect(page.Locator("#item-consent").GetByTestId("item-saved")).ToHaveTextAsync("Saved");

        Assert.Equal("same page", await page.EvaluateAsync<string>("window.__marker"));
        var stored = await ReadAsync(reviewer, id);
        Assert.Equal(("MET", "NOT_APPLICABLE"), (ResultOf(stored, "purpose"), ResultOf(stored, "consent")));
        await CheckAsync(page);

        // Someone changes the submission behind the page's back: the page's version is now stale.
        var elsewhere = await GraphQLClient.PostAsync(reviewer, "mutation($input: RecordChecklistItemInput!) { recordChecklistItem(input: $input) { version } }",
            variables: new { input = new { submissionId = id, version = stored.GetProperty("version").GetInt32(), item = "retention", result = "MET" } });
        Assert.False(elsewhere.HasErrors, elsewhere.Body.ToString());
        await page.Locator("#item-review-date").GetByLabel("Met", new() { Exact = true }).CheckAsync();

        await Expect(page.Locator("#item-review-date").GetByTestId("item-error"))
            .ToContainTextAsync("This submission has changed since you opened it, so nothing was saved.");
        Assert.Equal("same page", await page.EvaluateAsync<string>("window.__marker"));
        Assert.Null(ResultOf(await ReadAsync(reviewer, id), "review-date"));
        await CheckAsync(page);
    }

    private static async Task CheckAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        Assert.NotEmpty(result.Passes);
        Assert.True(result.Violations.Length == 0,
            string.Join("\n", result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }
}
