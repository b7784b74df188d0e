using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using SpiPlatform.TestKit;
using static Microsoft.Playwright.Assertions;

namespace SpiPlatform.Browser.Tests;

/// <summary>The sign-off page in Chromium: the last partner's signatory signs, htmx swaps the panel, progress and state update, axe finds nothing.</summary>
[Collection(BrowserCollection.Collection)]
public sealed class SignOffPageTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_last_signatory_signs_off_and_the_progress_shows_every_partner_signed()
    {
        var submissionId = await ApprovedTorfaenDraftAsync();
        foreach (var (email, organisation) in new[] { (StaffLogin.OrganisationEditor, DemoDrafts.Torfaen), (StaffLogin.HealthBoardSignatory, DemoDrafts.HealthBoard) })
        {
            await PostAsync(await fixture.StaffClientAsync(email), "mutation($input: SignOffInput!) { signOff(input: $input) { state } }",
                new { input = new { submissionId, organisationId = organisation, version = 0 } });
        }

        var page = await fixture.SignedInPageAsync(StaffLogin.PoliceSignatory);
        await page.GotoAsync($"/qa/sign-off/{submissionId}");
        await Expect(page.GetByTestId("sign-off-progress")).ToHaveTextAsync("2 of 3 signed");
        var police = page.GetByTestId("sign-off-row").Filter(new() { HasText = "Gwent Police" });
        await Expect(police.GetByTestId("sign-off-state")).ToHaveTextAsync("Outstanding");
        await CheckAsync(page);
        await page.EvaluateAsync("window.beforeSigning = true");

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign off", Exact = true }).ClickAsync();

        await Expect(page.GetByTestId("sign-off-progress")).ToHaveTextAsync("3 of 3 signed");
        await Expect(police.GetByTestId("sign-off-state")).ToHaveTextAsync("Signed");
        await Expect(police).ToContainTextAsync("Demo Chief Inspector, Chief Inspector");
        await Expect(page.GetByTestId("submission-state")).ToHaveTextAsync("Signed off");
        await Expect(page.GetByTestId("sign-off-message")).ToContainTextAsync("You have signed ");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign off", Exact = true })).ToHaveCountAsync(0);
        Assert.True(await page.EvaluateAsync<bool>("window.beforeSigning === true")); // htmx swapped the panel, no reload
        await CheckAsync(page);
    }

    [Fact]
    public async Task The_sign_off_rights_page_shows_a_refused_grant_with_its_message_and_has_no_wcag_violations()
    {
        var page = await fixture.SignedInPageAsync(StaffLogin.OrganisationEditor);
        await page.GotoAsync("/qa/sign-off-rights");
        await Expect(page.GetByTestId("sign-off-right")).ToHaveCountAsync(1);
        await CheckAsync(page);

        await page.GetByLabel("Email address").FillAsync(StaffLogin.PoliceSignatory);
        await page.GetByLabel("Signatory role (optional)").FillAsync("Chief Inspector");
        await page.GetByRole(AriaRole.Button, new() { Name = "Grant the right" }).ClickAsync();

        await Expect(page.GetByTestId("error-summary")).ToContainTextAsync("There is no account with that email address in the organisation.");
        await Expect(page.GetByLabel("Email address")).ToHaveValueAsync(StaffLogin.PoliceSignatory);
        await Expect(page.GetByTestId("sign-off-right")).ToHaveCountAsync(1);
        await CheckAsync(page);
    }

    /// <summary>The demo editor drafts and submits the Torfaen ISP; the demo reviewer claims, checks and approves it.</summary>
    private async Task<Guid> ApprovedTorfaenDraftAsync()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var created = await PostAsync(editor, "mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { id version } }",
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

        var reviewer = await fixture.StaffClientAsync(StaffLogin.QaReviewer);
        var waiting = await PostAsync(reviewer, "{ qaSubmissions(filter: { states: [WAITING] }) { edges { node { id version agreementId checklist { item } } } } }", null, "qaSubmissions");
        var submission = waiting.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node")).Single(n => n.GetProperty("agreementId").GetString() == agreementId);
        var submissionId = Guid.Parse(submission.GetProperty("id").GetString()!);
        var version = (await PostAsync(reviewer, "mutation($input: ClaimSubmissionInput!) { claimSubmission(input: $input) { version } }",
            new { input = new { submissionId, version = submission.GetProperty("version").GetInt32() } }, "claimSubmission")).GetProperty("version").GetInt32();
        foreach (var item in submission.GetProperty("checklist").EnumerateArray().Select(i => i.GetProperty("item").GetString()))
        {
            version = (await PostAsync(reviewer, "mutation($input: RecordChecklistItemInput!) { recordChecklistItem(input: $input) { version } }",
                new { input = new { submissionId, version, item, result = "MET" } }, "recordChecklistItem")).GetProperty("version").GetInt32();
        }
        await PostAsync(reviewer, "mutation($input: ApproveSubmissionInput!) { approveSubmission(input: $input) { state } }", new { input = new { submissionId, version } });
        return submissionId;
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string query, object? variables, string? field = null)
    {
        var response = await GraphQLClient.PostAsync(client, query, variables: variables);
        Assert.False(response.HasErrors, response.Body.ToString());
        return field is null ? response.Data : response.Data.GetProperty(field);
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
