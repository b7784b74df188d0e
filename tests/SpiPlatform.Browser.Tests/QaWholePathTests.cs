using System.Text.Json;
using Microsoft.Playwright;
using SpiPlatform.TestKit;
using static Microsoft.Playwright.Assertions;

namespace SpiPlatform.Browser.Tests;

/// <summary>
/// The whole QA path in Chromium, by the people who walk it: the coordinator's draft is claimed, checked and returned by
/// the reviewer; the coordinator reads the return, amends the draft and submits it again; the reviewer approves round 2;
/// each partner's signatory signs off on the sign-off page; the agreement page shows it signed off and live.
/// </summary>
[Collection(BrowserCollection.Collection)]
public sealed class QaWholePathTests(BrowserFixture fixture) : IAsyncLifetime
{
    private const string ChangesRequired = "State how long each partner keeps the referral.";
    private const string AmendedTitle = "Torfaen Youth Justice Information Sharing Protocol";

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_draft_is_returned_resubmitted_approved_and_signed_off_by_every_partner_in_the_browser_and_goes_live()
    {
        var (agreementId, reference) = await SubmittedTorfaenDraftAsync();
        var reviewer = await fixture.SignedInPageAsync(StaffLogin.QaReviewer);
        var coordinator = await fixture.SignedInPageAsync(StaffLogin.OrganisationEditor);

        // The reviewer claims the submission from the queue, opens the review screen and checks round 1.
        await reviewer.GotoAsync("/qa");
        var row = reviewer.GetByTestId("queue-row").Filter(new() { HasText = reference });
        await Expect(row.GetByTestId("submission-state")).ToHaveTextAsync("Waiting");
        await row.GetByRole(AriaRole.Button, new() { Name = $"Claim {reference}" }).ClickAsync();
        await Expect(row.GetByTestId("submission-state")).ToHaveTextAsync("In review");
        await row.GetByTestId("review-link").ClickAsync();
        await Expect(reviewer.GetByTestId("reference")).ToContainTextAsync($"{reference} · Round 1");
        var submissionId = reviewer.Url.Split('/')[^1].Split('?', '#')[0];
        Assert.True(Guid.TryParse(submissionId, out _), reviewer.Url);
        await CompleteChecklistAsync(reviewer, notMet: "retention");

        await reviewer.GetByLabel("Changes required").FillAsync(ChangesRequired);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Return for amendment" }).ClickAsync();

        await Expect(reviewer.GetByTestId("review-message")).ToHaveTextAsync($"Returned {reference} to its partners for amendment.");
        await Expect(reviewer.GetByTestId("submission-state")).ToHaveTextAsync("Returned");

        // The coordinator finds the return in their in-tray and reads the changes required on the coordinator's view.
        await coordinator.GotoAsync("/my-work");
        var returned = coordinator.GetByTestId("work-item").Filter(new() { HasText = reference });
        await Expect(returned).ToHaveAttributeAsync("data-kind", "qa.returned");
        await Expect(returned.GetByRole(AriaRole.Link)).ToContainTextAsync("Amend and resubmit");
        await coordinator.GotoAsync($"/qa/agreements/{agreementId}");
        await Expect(coordinator.GetByTestId("standing").GetByTestId("submission-state")).ToHaveTextAsync("Returned");
        await Expect(coordinator.GetByTestId("changes-required")).ToContainTextAsync(ChangesRequired);

        // ...amends the draft on the drafting pages and submits it again.
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Edit the draft" }).ClickAsync();
        await coordinator.GetByLabel("Title in English").FillAsync(AmendedTitle);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Save and continue" }).ClickAsync();
        await Expect(coordinator.Locator("h1")).ToHaveTextAsync("Partners");
        await coordinator.GotoAsync($"/library/{reference}/edit/review");
        await Expect(coordinator.GetByTestId("draft-summary")).ToContainTextAsync(AmendedTitle);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Submit for quality assurance" }).ClickAsync();
        await Expect(coordinator.GetByTestId("status")).ToHaveTextAsync("In quality assurance");
        await fixture.Factory.Services.DispatchOutboxAsync();
        await fixture.Factory.Services.QueuedJobsFinishedAsync();

        // Round 2 comes back to the same reviewer, who checks it and approves it.
        await reviewer.GotoAsync($"/qa/submissions/{submissionId}");
        await Expect(reviewer.GetByTestId("reference")).ToContainTextAsync("Round 2");
        await Expect(reviewer.GetByTestId("submission-state")).ToHaveTextAsync("In review");
        await Expect(reviewer.Locator("h1")).ToHaveTextAsync(AmendedTitle);
        await CompleteChecklistAsync(reviewer);
        await reviewer.GetByRole(AriaRole.Button, new() { Name = "Approve", Exact = true }).ClickAsync();

        await Expect(reviewer.GetByTestId("submission-state")).ToHaveTextAsync("Awaiting sign-off");
        await Expect(reviewer.GetByTestId("qa-reference")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"QA-\d{4}-\d{4,}"));
        var qaReference = (await reviewer.GetByTestId("qa-reference").TextContentAsync())!.Split(':')[^1].Trim();
        await Expect(reviewer.GetByTestId("review-message")).ToHaveTextAsync($"Approved {reference} as {qaReference}.");

        // Each partner's signatory signs off on the sign-off page.
        var signatories = new[]
        {
            (StaffLogin.HealthBoardSignatory, "Aneurin Bevan Health Board"),
            (StaffLogin.OrganisationEditor, "Torfaen County Borough Council"),
            (StaffLogin.PoliceSignatory, "Gwent Police"),
        };
        for (var i = 0; i < signatories.Length; i++)
        {
            var (email, organisation) = signatories[i];
            var page = email == StaffLogin.OrganisationEditor ? coordinator : await fixture.SignedInPageAsync(email);
            await page.GotoAsync($"/qa/sign-off/{submissionId}");
            await Expect(page.GetByTestId("sign-off-progress")).ToHaveTextAsync($"{i} of 3 signed");
            var line = page.GetByTestId("sign-off-row").Filter(new() { HasText = organisation });
            await Expect(line.GetByTestId("sign-off-state")).ToHaveTextAsync("Outstanding");

            await page.GetByRole(AriaRole.Button, new() { Name = "Sign off", Exact = true }).ClickAsync();

            await Expect(page.GetByTestId("sign-off-progress")).ToHaveTextAsync($"{i + 1} of 3 signed");
            await Expect(line.GetByTestId("sign-off-state")).ToHaveTextAsync("Signed");
            await Expect(page.GetByTestId("submission-state")).ToHaveTextAsync(i < 2 ? "Awaiting sign-off" : "Signed off");
        }

        // The agreement page: live, with its QA section signed off.
        await coordinator.GotoAsync($"/library/{reference}");
        await Expect(coordinator.GetByTestId("status")).ToHaveTextAsync("Live");
        var qa = coordinator.GetByTestId("agreement-qa");
        await Expect(qa.GetByTestId("qa-state")).ToHaveTextAsync("Signed off");
        await Expect(qa.GetByTestId("qa-reference")).ToHaveTextAsync(qaReference);
        await Expect(qa.GetByTestId("qa-sign-off-progress")).ToHaveTextAsync("3 of 3 partners signed");
        await Expect(qa.GetByTestId("qa-rounds").Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(coordinator.Locator("h1")).ToHaveTextAsync(AmendedTitle);
    }

    /// <summary>Records every checklist item on the review screen, one click each, waiting for each autosave.</summary>
    private static async Task CompleteChecklistAsync(IPage page, string? notMet = null)
    {
        var items = page.GetByTestId("checklist-item");
        await Expect(items.First).ToBeVisibleAsync();
        var keys = new List<string>();
        for (var i = 0; i < await items.CountAsync(); i++)
        {
            keys.Add((await items.Nth(i).GetAttributeAsync("data-item"))!);
        }
        Assert.NotEmpty(keys);
        foreach (var key in keys)
        {
            var item = page.Locator($"#item-{key}");
            if (key == notMet)
            {
                // Not met needs a comment: the row says so, and saves once the reviewer has written one.
                await item.GetByLabel("Not met", new() { Exact = true }).CheckAsync();
                await Expect(item).ToContainTextAsync("Say why the item is not met.");
                await item.GetByLabel("Comment").FillAsync("No retention period is given for the referral.");
                await item.GetByLabel("Comment").PressAsync("Tab");
            }
            else
            {
                await item.GetByLabel("Met", new() { Exact = true }).CheckAsync();
            }
            await Expect(item.GetByTestId("item-saved")).ToHaveTextAsync("Saved");
        }
    }

    /// <summary>The coordinator drafts the Torfaen ISP and submits it over GraphQL, and QA opens it; returns its id and reference.</summary>
    private async Task<(string AgreementId, string Reference)> SubmittedTorfaenDraftAsync()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var created = await PostAsync(editor, "mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { id version reference } }",
            new { input = DemoDrafts.TorfaenYouthOffending() }, "createAgreement");
        var agreementId = created.GetProperty("id").GetString()!;
        var flow = new
        {
            agreementId, version = created.GetProperty("version").GetInt32(), stage = "REFERRAL", fromOrganisationId = DemoDrafts.Police,
            toOrganisationId = DemoDrafts.Torfaen, data = new[] { "DEMOGRAPHIC" }, method = "SECURE_EMAIL", frequency = "On referral",
        };
        var withFlow = await PostAsync(editor, "mutation($input: FlowInput!) { addFlow(input: $input) { version } }", new { input = flow }, "addFlow");
        await PostAsync(editor, "mutation($id: ID!, $v: Int!) { submitForQualityAssurance(agreementId: $id, version: $v) { status } }",
            new { id = agreementId, v = withFlow.GetProperty("version").GetInt32() });
        await fixture.Factory.Services.DispatchOutboxAsync();
        await fixture.Factory.Services.QueuedJobsFinishedAsync();
        return (agreementId, created.GetProperty("reference").GetString()!);
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string query, object? variables, string? field = null)
    {
        var response = await GraphQLClient.PostAsync(client, query, variables: variables);
        Assert.False(response.HasErrors, response.Body.ToString());
        return field is null ? response.Data : response.Data.GetProperty(field);
    }
}
