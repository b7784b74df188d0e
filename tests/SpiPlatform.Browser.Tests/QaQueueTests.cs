using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SpiPlatform.TestKit;
using static Microsoft.Playwright.Assertions;

namespace SpiPlatform.Browser.Tests;

/// <summary>The QA reviewer's queue in Chromium: a submitted draft appears, Claim swaps its row with htmx, and axe finds nothing.</summary>
[Collection(BrowserCollection.Collection)]
public sealed class QaQueueTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_reviewer_claims_a_submitted_draft_from_the_queue_and_the_page_has_no_wcag_violations()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var found = await GraphQLClient.PostAsync(editor, "query($r: String) { agreement(reference: $r) { id } }", variables: new { r = "ISP-2011-0001" });
        var derived = (await GraphQLClient.PostAsync(editor, "mutation($id: ID!) { deriveAgreement(agreementId: $id) { id version reference } }",
            variables: new { id = found.Data.GetProperty("agreement").GetProperty("id").GetString() })).Data.GetProperty("deriveAgreement");
        var reference = derived.GetProperty("reference").GetString()!;
        var submitted = await GraphQLClient.PostAsync(editor, "mutation($id: ID!, $v: Int!) { submitForQualityAssurance(agreementId: $id, version: $v) { status } }",
            variables: new { id = derived.GetProperty("id").GetString(), v = derived.GetProperty("version").GetInt32() });
        Assert.False(submitted.HasErrors, submitted.Body.ToString());
        await fixture.Factory.Services.DispatchOutboxAsync();
        await fixture.Factory.Services.QueuedJobsFinishedAsync();

        var page = await fixture.SignedInPageAsync(StaffLogin.QaReviewer);
        await page.GotoAsync("/qa");
        var row = page.GetByTestId("queue-row").Filter(new() { HasText = reference });
        await Expect(row.GetByTestId("submission-state")).ToHaveTextAsync("Waiting");
        await CheckAsync(page);

        await row.GetByRole(AriaRole.Button, new() { Name = $"Claim {reference}" }).ClickAsync();

        await Expect(row.GetByTestId("submission-state")).ToHaveTextAsync("In review");
        await Expect(row).ToContainTextAsync($"You have claimed {reference}.");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Quality assurance queue"); // only the row was swapped
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
