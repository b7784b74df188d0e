using System.Text.Json;
using AngleSharp.Html.Parser;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.Features.ListWork;
using SpiPlatform.TestKit;
using static SpiPlatform.QualityAssurance.Tests.Integration.SignOffScenario;

namespace SpiPlatform.QualityAssurance.Tests.Integration;

/// <summary>
/// The whole QA path over GraphQL and the real HTTP pipeline: a draft is submitted, returned in round 1, amended and
/// resubmitted, approved in round 2, signed off by each of its three partners and goes live; what each person has waiting
/// is read from their in-tray at every step (only the items of this agreement: demo data may bring submissions of its own).
/// </summary>
[Collection(QualityAssuranceCollection.Collection)]
public sealed class WholePathTests(QualityAssuranceFixture fixture) : IAsyncLifetime
{
    private const string ChangesRequired = "State how long each partner keeps the referral, and who deletes it.";

    private HttpClient _editor = null!;
    private HttpClient _reviewer = null!;
    private HttpClient _healthBoard = null!;
    private HttpClient _police = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        _reviewer = await fixture.StaffClientAsync(StaffLogin.QaReviewer);
        _healthBoard = await fixture.StaffClientAsync(StaffLogin.HealthBoardSignatory);
        _police = await fixture.StaffClientAsync(StaffLogin.PoliceSignatory);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_draft_is_returned_in_round_one_approved_in_round_two_signed_off_by_all_three_partners_and_goes_live()
    {
        // Drafted and submitted by the coordinator; QA opens the submission from Protocols' event.
        var submission = await fixture.SubmittedTorfaenAsync(_editor);
        var agreementId = submission.AgreementId;
        var mine = new Mine(submission.Id, agreementId, submission.Reference);
        Assert.Equal(("IN_QUALITY_ASSURANCE", (string?)null), await AgreementAsync(_editor, agreementId));
        Assert.Equal(QaSubmissionState.Waiting, submission.State);
        await AssertWorkAsync(mine, _reviewer, (QaWorkItems.Claim, "/qa?state=Waiting"));
        await AssertNothingAsync(mine, _editor, _healthBoard, _police);

        // Round 1: claimed, checked with retention not met, returned with the changes required.
        var version = await QaScenario.ClaimAndCompleteChecklistAsync(_reviewer, submission, notMet: "retention");
        await AssertWorkAsync(mine, _reviewer, (QaWorkItems.Decide, $"/qa/submissions/{submission.Id}"));
        await AssertNothingAsync(mine, _editor, _healthBoard, _police);
        var returned = QaScenario.Node(await QaScenario.ReturnAsync(_reviewer, submission.Id, version, ChangesRequired, round: 1), "returnForAmendment");

        Assert.Equal("RETURNED", returned.GetProperty("state").GetString());
        Assert.Equal(("DRAFT", (string?)null), await AgreementAsync(_editor, agreementId));
        var qa = await QaOfAsync(agreementId);
        Assert.Equal("RETURNED", qa.GetProperty("state").GetString());
        var round1 = Assert.Single(qa.GetProperty("rounds").EnumerateArray());
        Assert.Equal((1, "RETURNED", ChangesRequired), (round1.GetProperty("number").GetInt32(), round1.GetProperty("outcome").GetString(), round1.GetProperty("changesRequired").GetString()));
        await AssertWorkAsync(mine, _editor, (QaWorkItems.Returned, $"/library/{submission.Reference}/edit/review"));
        await AssertNothingAsync(mine, _reviewer, _healthBoard, _police);
        // The coordinator's view shows what to change.
        var coordination = new HtmlParser().ParseDocument(await _editor.GetStringAsync($"/qa/agreements/{agreementId}"));
        Assert.Equal("Returned", coordination.QuerySelector("[data-testid=standing] [data-testid=submission-state]")!.TextContent);
        Assert.Contains(ChangesRequired, coordination.QuerySelector("[data-testid=changes-required]")!.TextContent);

        // The coordinator amends the draft and submits it again: round 2, back with the same reviewer.
        await fixture.ResubmitAsync(_editor, agreementId, "Torfaen Youth Justice Information Sharing Protocol");
        var second = await fixture.SubmissionWithChecklistAsync(agreementId);
        Assert.Equal((submission.Id, QaSubmissionState.InReview, 2), (second.Id, second.State, second.CurrentRound.Number));
        Assert.Equal(("IN_QUALITY_ASSURANCE", (string?)null), await AgreementAsync(_editor, agreementId));
        await AssertWorkAsync(mine, _reviewer, (QaWorkItems.Decide, $"/qa/submissions/{submission.Id}"));
        await AssertNothingAsync(mine, _editor, _healthBoard, _police);

        // Round 2: every item met, approved with a QA reference; each partner is asked to sign.
        version = await QaScenario.ClaimAndCompleteChecklistAsync(_reviewer, second, claim: false);
        var approved = QaScenario.Node(await QaScenario.ApproveAsync(_reviewer, submission.Id, version, round: 2), "approveSubmission");

        Assert.Equal("AWAITING_SIGN_OFF", approved.GetProperty("state").GetString());
        var qaReference = approved.GetProperty("qaReference").GetString()!;
        Assert.Matches(@"^QA-\d{4}-\d{4,}$", qaReference);
        Assert.Equal(("AWAITING_SIGN_OFF", (string?)null), await AgreementAsync(_editor, agreementId));
        Assert.Equal((0, 3, 3), Progress(QaScenario.Node(await ReadAsync(_reviewer, submission.Id), "qaSubmission")));
        await AssertNothingAsync(mine, _reviewer);
        foreach (var signatory in new[] { _editor, _healthBoard, _police })
        {
            await AssertWorkAsync(mine, signatory, (QaWorkItems.SignOff, $"/qa/sign-off/{submission.Id}"));
        }

        // Each partner's signatory signs; the others still see theirs until they do.
        var torfaen = QaScenario.Node(await fixture.SignNowAsync(_editor, submission.Id, Torfaen), "signOff");
        Assert.Equal(("AWAITING_SIGN_OFF", (1, 3, 2)), (torfaen.GetProperty("state").GetString(), Progress(torfaen)));
        await AssertNothingAsync(mine, _editor);
        await AssertWorkAsync(mine, _healthBoard, (QaWorkItems.SignOff, $"/qa/sign-off/{submission.Id}"));
        await AssertWorkAsync(mine, _police, (QaWorkItems.SignOff, $"/qa/sign-off/{submission.Id}"));

        var health = QaScenario.Node(await fixture.SignNowAsync(_healthBoard, submission.Id, HealthBoard), "signOff");
        Assert.Equal(("AWAITING_SIGN_OFF", (2, 3, 1)), (health.GetProperty("state").GetString(), Progress(health)));
        Assert.Equal(("AWAITING_SIGN_OFF", (string?)null), await AgreementAsync(_editor, agreementId));
        await AssertNothingAsync(mine, _editor, _healthBoard);
        await AssertWorkAsync(mine, _police, (QaWorkItems.SignOff, $"/qa/sign-off/{submission.Id}"));

        var police = QaScenario.Node(await fixture.SignNowAsync(_police, submission.Id, Police), "signOff");
        Assert.Equal(("SIGNED_OFF", (3, 3, 0)), (police.GetProperty("state").GetString(), Progress(police)));
        await AssertNothingAsync(mine, _editor, _reviewer, _healthBoard, _police);

        // Read everything back: the agreement is live today, with its whole QA story.
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var agreement = QaScenario.Node(await GraphQLClient.PostAsync(_editor,
            "query($id: ID) { agreement(id: $id) { status liveOn qa { state qaReference rounds { number outcome } signOffs { state } timeline { to } } } }",
            null, new { id = agreementId }), "agreement");
        Assert.Equal(("LIVE", today), (agreement.GetProperty("status").GetString(), agreement.GetProperty("liveOn").GetString()));
        qa = agreement.GetProperty("qa");
        Assert.Equal(("SIGNED_OFF", qaReference), (qa.GetProperty("state").GetString(), qa.GetProperty("qaReference").GetString()));
        Assert.Equal([(1, "RETURNED"), (2, "QUALITY_ASSURED")],
            qa.GetProperty("rounds").EnumerateArray().Select(r => (r.GetProperty("number").GetInt32(), r.GetProperty("outcome").GetString())));
        Assert.Equal(["SIGNED", "SIGNED", "SIGNED"], qa.GetProperty("signOffs").EnumerateArray().Select(o => o.GetProperty("state").GetString()));
        var timeline = qa.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("to").GetString()).ToList();
        Assert.Equal(
            ["WAITING", "IN_REVIEW", "RETURNED", "IN_REVIEW", "QUALITY_ASSURED", "AWAITING_SIGN_OFF",
             "AWAITING_SIGN_OFF", "AWAITING_SIGN_OFF", "AWAITING_SIGN_OFF", "SIGNED_OFF"],
            timeline);

        // And the QA module's own rows.
        var stored = await fixture.SubmissionWithChecklistAsync(agreementId);
        Assert.Single(await fixture.AllSubmissionsOfAsync(agreementId));
        Assert.Equal((QaSubmissionState.SignedOff, qaReference, DateOnly.FromDateTime(DateTime.UtcNow)), (stored.State, stored.QaReference, stored.QualityAssuredOn));
        var rounds = stored.Rounds.OrderBy(r => r.Number).ToList();
        Assert.Equal([(1, QaSubmissionState.Returned, ChangesRequired), (2, QaSubmissionState.QualityAssured, (string?)null)],
            rounds.Select(r => (r.Number, r.Outcome!.Value, r.OutcomeReason)));
        Assert.True(rounds[1].AgreementVersion > rounds[0].AgreementVersion);
        Assert.Contains(rounds[0].Checklist, c => c is { Item: "retention", Result: ChecklistResult.NotMet });
        Assert.All(rounds[1].Checklist, c => Assert.Equal(ChecklistResult.Met, c.Result));
        Assert.Equal(QaChecklist.Items.Count, rounds[1].Checklist.Count);
        var signOffs = await fixture.SignOffsAsync(submission.Id);
        Assert.Equal(3, signOffs.Count);
        Assert.All(signOffs, o => Assert.Equal((SignOffState.Signed, 2), (o.State, o.RoundNumber)));
        Assert.Equal(
            [(Torfaen, "staff:editor@demo.spi.wales"), (HealthBoard, "staff:caldicott@demo.spi.wales"), (Police, "staff:inspector@demo.spi.wales")],
            signOffs.OrderBy(o => o.DecidedAt).Select(o => (o.OrganisationId, o.DecidedBy)));
        Assert.Contains(stored.Events, e => e is { From: QaSubmissionState.InReview, To: QaSubmissionState.Returned, Actor: "staff:qa@demo.spi.wales", Reason: ChangesRequired });
        Assert.Single(stored.Events, e => e is { From: QaSubmissionState.AwaitingSignOff, To: QaSubmissionState.SignedOff, Actor: "staff:inspector@demo.spi.wales" });
        Assert.Equal(AgreementStatus.Live, await fixture.AgreementStatusAsync(agreementId));

        // The agreement page tells the same story.
        var page = new HtmlParser().ParseDocument(await _editor.GetStringAsync($"/library/{submission.Reference}"));
        Assert.Equal("Live", page.QuerySelector("[data-testid=status]")!.TextContent);
        var section = page.QuerySelector("[data-testid=agreement-qa]")!;
        Assert.Equal("Signed off", section.QuerySelector("[data-testid=qa-state]")!.TextContent);
        Assert.Equal(qaReference, section.QuerySelector("[data-testid=qa-reference]")!.TextContent);
        Assert.Equal("3 of 3 partners signed", section.QuerySelector("[data-testid=qa-sign-off-progress]")!.TextContent);
        Assert.Equal(2, section.QuerySelectorAll("[data-testid=qa-rounds] tbody tr").Length);
    }

    /// <summary>What identifies this test's agreement among the work items of everyone's in-tray.</summary>
    private sealed record Mine(Guid SubmissionId, Guid AgreementId, string Reference)
    {
        public bool Owns(string title, string url)
            => title.StartsWith(Reference + " ", StringComparison.Ordinal) || url.Contains(SubmissionId.ToString(), StringComparison.Ordinal)
               || url.Contains(AgreementId.ToString(), StringComparison.Ordinal);
    }

    private static async Task AssertWorkAsync(Mine mine, HttpClient client, params (string Kind, string UrlStart)[] expected)
    {
        var rows = await RowsAsync(mine, client);
        Assert.True(rows.Count == expected.Length, string.Join("; ", rows));
        Assert.Equal(expected.Select(e => e.Kind).Order(StringComparer.Ordinal), rows.Select(r => r.Kind).Order(StringComparer.Ordinal));
        foreach (var (kind, url) in expected)
        {
            Assert.StartsWith(url, rows.First(r => r.Kind == kind).Url);
        }
    }

    private static async Task AssertNothingAsync(Mine mine, params HttpClient[] clients)
    {
        foreach (var client in clients)
        {
            var rows = await RowsAsync(mine, client);
            Assert.True(rows.Count == 0, string.Join("; ", rows));
        }
    }

    /// <summary>The in-tray's rows for this agreement; the header counts every row the page lists.</summary>
    private static async Task<List<(string Kind, string Url)>> RowsAsync(Mine mine, HttpClient client)
    {
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/my-work"));
        var all = page.QuerySelectorAll("[data-testid=work-item]")
            .Select(r => (Kind: r.GetAttribute("data-kind")!, Title: r.QuerySelector("td")!.TextContent.Trim(), Url: r.QuerySelector("a")!.GetAttribute("href")!)).ToList();
        Assert.Equal(all.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("[data-testid=my-work-count]")!.TextContent);
        return [.. all.Where(r => mine.Owns(r.Title, r.Url)).Select(r => (r.Kind, r.Url))];
    }

    private async Task<JsonElement> QaOfAsync(Guid agreementId)
        => QaScenario.Node(await GraphQLClient.PostAsync(_editor,
            "query($id: ID) { agreement(id: $id) { qa { state rounds { number outcome changesRequired } } } }", null, new { id = agreementId }), "agreement").GetProperty("qa");

    private static (int Signed, int Total, int Outstanding) Progress(JsonElement submission)
    {
        var p = submission.GetProperty("signOffProgress");
        return (p.GetProperty("signed").GetInt32(), p.GetProperty("total").GetInt32(), p.GetProperty("outstanding").GetInt32());
    }
}
