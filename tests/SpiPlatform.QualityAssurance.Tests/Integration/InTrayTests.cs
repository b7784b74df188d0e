using AngleSharp.Html.Parser;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.Features.ListWork;
using SpiPlatform.TestKit;

namespace SpiPlatform.QualityAssurance.Tests.Integration;

/// <summary>/my-work shows each person what QA has waiting for them, and nobody else's.</summary>
[Collection(QualityAssuranceCollection.Collection)]
public sealed class InTrayTests(QualityAssuranceFixture fixture) : IAsyncLifetime
{
    private HttpClient _editor = null!;
    private HttpClient _reviewer = null!;
    private HttpClient _programme = null!;
    private HttpClient _healthBoard = null!;
    private HttpClient _police = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        _reviewer = await fixture.StaffClientAsync(StaffLogin.QaReviewer);
        _programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        _healthBoard = await fixture.StaffClientAsync(StaffLogin.HealthBoardSignatory);
        _police = await fixture.StaffClientAsync(StaffLogin.PoliceSignatory);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Each_stage_puts_its_item_in_the_right_persons_in_tray_and_nobody_elses()
    {
        var submission = Ours(await fixture.SubmittedTorfaenAsync(_editor));

        await AssertWorkAsync(_reviewer, (QaWorkItems.Claim, "/qa?state=Waiting"));
        await AssertNothingAsync(_editor, _programme, _healthBoard, _police);

        var version = QaScenario.Node(await QaScenario.ClaimAsync(_reviewer, submission.Id, submission.Version), "claimSubmission").GetProperty("version").GetInt32();
        await AssertWorkAsync(_reviewer, (QaWorkItems.Decide, $"/qa/submissions/{submission.Id}"));

        await fixture.CommentAsync(submission, CommentSide.Reviewer, "Which partners keep the referral, and for how long?");
        await AssertWorkAsync(_editor, (QaWorkItems.Answer, $"/qa/agreements/{submission.AgreementId}#comments"));
        await AssertWorkAsync(_reviewer, (QaWorkItems.Decide, $"/qa/submissions/{submission.Id}"));
        await AssertNothingAsync(_programme, _healthBoard, _police);

        await fixture.CommentAsync(submission, CommentSide.Partners, "Each keeps it for six years after the case closes.");
        await AssertWorkAsync(_reviewer, (QaWorkItems.Decide, $"/qa/submissions/{submission.Id}"), (QaWorkItems.Answer, $"/qa/submissions/{submission.Id}#comments"));
        await AssertNothingAsync(_editor);

        version = await QaScenario.ClaimAndCompleteChecklistAsync(_reviewer, (await fixture.SubmissionOfAsync(submission.AgreementId))!, claim: false);
        QaScenario.Node(await QaScenario.ReturnAsync(_reviewer, submission.Id, version, "Name the retention period in the agreement."), "returnForAmendment");
        await AssertWorkAsync(_editor, (QaWorkItems.Returned, $"/library/{submission.Reference}/edit/review"));
        await AssertNothingAsync(_reviewer, _programme, _healthBoard, _police);
    }

    [Fact]
    public async Task A_sign_off_waits_only_for_a_holder_of_the_right_of_a_partner_still_to_sign()
    {
        var submission = Ours(await fixture.SubmittedTorfaenAsync(_editor));
        await fixture.AwaitSignOffAsync(submission, signed: [DemoDrafts.Police], pending: [DemoDrafts.HealthBoard]);
        await fixture.GrantRightAsync(DemoDrafts.HealthBoard, StaffLogin.HealthBoardSignatory);
        await fixture.GrantRightAsync(DemoDrafts.Police, StaffLogin.PoliceSignatory);

        await AssertWorkAsync(_healthBoard, (QaWorkItems.SignOff, $"/qa/sign-off/{submission.Id}"));
        // Gwent Police has signed; Torfaen's editor holds no sign-off right.
        await AssertNothingAsync(_police, _editor, _reviewer);
    }

    [Fact]
    public async Task The_header_counts_the_items_and_the_page_speaks_welsh()
    {
        await fixture.SubmittedTorfaenAsync(_editor);
        await fixture.SubmittedNorthWalesAsync();
        await QaScenario.SubmitTorfaenDraftAsync(_editor, "Torfaen Families First Information Sharing Protocol");
        await fixture.Factory.Services.DispatchOutboxAsync();
        await TestKit.Outbox.EventuallyAsync(() => fixture.WithDbAsync(db => Task.FromResult(db.Submissions.Count())).GetAwaiter().GetResult() == QaScenario.DemoSubmissions - 1 + 3, "three submissions opened");

        var page = new HtmlParser().ParseDocument(await _reviewer.GetStringAsync("/my-work?culture=cy"));

        // The North Wales submission is for another group's reviewers; the demo data's North Caerphilly ISP awaits QA in theirs.
        var items = page.QuerySelectorAll("[data-testid=work-item]");
        Assert.Equal(items.Length.ToString(), page.QuerySelector("[data-testid=my-work-count]")!.TextContent);
        Assert.Equal(2, items.Count(i => i.TextContent.Contains("Torfaen", StringComparison.Ordinal) && !i.TextContent.Contains("ISP-2011", StringComparison.Ordinal)));
        Assert.DoesNotContain(items, i => i.TextContent.Contains("Hafan Lles", StringComparison.Ordinal));
        Assert.Equal("Fy ngwaith", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Hawlio i'w adolygu", page.QuerySelector("[data-testid=my-work]")!.TextContent);
        var editorPage = new HtmlParser().ParseDocument(await _editor.GetStringAsync("/my-work"));
        Assert.Equal("0", editorPage.QuerySelector("[data-testid=my-work-count]")!.TextContent);
    }

    /// <summary>The demo data has work of its own waiting (North Caerphilly awaits QA): only this test's items count.</summary>
    private readonly List<string> _ours = [];

    private async Task AssertWorkAsync(HttpClient client, params (string Kind, string UrlStart)[] expected)
    {
        var rows = (await RowsAsync(client)).OrderBy(r => r.Kind, StringComparer.Ordinal).ToList();
        Assert.True(rows.Count == expected.Length, string.Join("; ", rows));
        Assert.Equal(expected.Select(e => e.Kind).Order(StringComparer.Ordinal), rows.Select(r => r.Kind));
        foreach (var (kind, url) in expected)
        {
            Assert.StartsWith(url, rows.First(r => r.Kind == kind).Url);
        }
    }

    private async Task AssertNothingAsync(params HttpClient[] clients)
    {
        foreach (var client in clients)
        {
            var rows = await RowsAsync(client);
            Assert.True(rows.Count == 0, string.Join("; ", rows));
        }
    }

    private async Task<List<(string Kind, string Url)>> RowsAsync(HttpClient client)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/my-work"));
        return [.. page.QuerySelectorAll("[data-testid=work-item]").Select(r => (Kind: r.GetAttribute("data-kind")!, Url: r.QuerySelector("a")!.GetAttribute("href")!))
            .Where(r => _ours.Any(r.Url.Contains))];
    }

    private QaSubmission Ours(QaSubmission submission)
    {
        _ours.AddRange([submission.Id.ToString(), submission.AgreementId.ToString(), submission.Reference]);
        return submission;
    }
}
