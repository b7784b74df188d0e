using Microsoft.EntityFrameworkCore;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.TestKit;

namespace SpiPlatform.QualityAssurance.Tests.Integration;

[Collection(QualityAssuranceCollection.Collection)]
public sealed class DecidingTests(QualityAssuranceFixture fixture) : IAsyncLifetime
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

    [Fact]
    public async Task Round_one_returned_then_resubmitted_and_round_two_approved_sends_the_agreement_for_sign_off()
    {
        var submission = await fixture.SubmittedTorfaenAsync(_editor);
        var version = await QaScenario.ClaimAndCompleteChecklistAsync(_reviewer, submission, notMet: "retention");

        var returned = QaScenario.Node(await QaScenario.ReturnAsync(_reviewer, submission.Id, version, "State how long each partner keeps the referral.", round: 1), "returnForAmendment");

        Assert.Equal("RETURNED", returned.GetProperty("state").GetString());
        Assert.Equal("RETURNED", returned.GetProperty("rounds")[0].GetProperty("outcome").GetString());
        Assert.Equal(AgreementStatus.Draft, await fixture.AgreementStatusAsync(submission.AgreementId));

        await fixture.ResubmitAsync(_editor, submission.AgreementId, "Torfaen Youth Justice Information Sharing Protocol");
        var second = await fixture.SubmissionWithChecklistAsync(submission.AgreementId);
        Assert.Equal(QaSubmissionState.InReview, second.State);
        Assert.Empty(second.CurrentRound.Checklist);
        var stale = await QaScenario.ApproveAsync(_reviewer, second.Id, second.Version, round: 1);
        Assert.Equal(["CONFLICT"], stale.ErrorCodes);
        Assert.Equal("input.round", QaScenario.ErrorField(stale));
        version = await QaScenario.ClaimAndCompleteChecklistAsync(_reviewer, second, claim: false);

        var approved = QaScenario.Node(await QaScenario.ApproveAsync(_reviewer, second.Id, version, round: 2), "approveSubmission");

        Assert.Equal("AWAITING_SIGN_OFF", approved.GetProperty("state").GetString());
        Assert.Matches(@"^QA-\d{4}-\d{4,}$", approved.GetProperty("qaReference").GetString());
        Assert.Equal(DateTime.UtcNow.ToString("yyyy-MM-dd"), approved.GetProperty("qualityAssuredOn").GetString());
        Assert.All(approved.GetProperty("checklist").EnumerateArray(), l => Assert.Equal("MET", l.GetProperty("result").GetString()));
        Assert.Equal(AgreementStatus.AwaitingSignOff, await fixture.AgreementStatusAsync(submission.AgreementId));
        var after = await fixture.SubmissionWithChecklistAsync(submission.AgreementId);
        Assert.Equal([QaSubmissionState.Returned, QaSubmissionState.QualityAssured], after.Rounds.OrderBy(r => r.Number).Select(r => r.Outcome!.Value));
        Assert.Contains(after.Events, e => e is { From: QaSubmissionState.InReview, To: QaSubmissionState.Returned, Actor: "staff:qa@demo.spi.wales", Reason: "State how long each partner keeps the referral." });
        Assert.Contains(after.Events, e => e is { From: QaSubmissionState.InReview, To: QaSubmissionState.QualityAssured, Actor: "staff:qa@demo.spi.wales" });
        Assert.Contains(after.Events, e => e is { From: QaSubmissionState.QualityAssured, To: QaSubmissionState.AwaitingSignOff, Actor: "staff:qa@demo.spi.wales" });
    }

    [Fact]
    public async Task Approving_with_an_item_not_met_needs_an_override_reason_and_nothing_changes_without_one()
    {
        var submission = await fixture.SubmittedTorfaenAsync(_editor);
        var version = await QaScenario.ClaimAndCompleteChecklistAsync(_reviewer, submission, notMet: "consent");

        var refused = await QaScenario.ApproveAsync(_reviewer, submission.Id, version);

        Assert.Equal(["VALIDATION_FAILED"], refused.ErrorCodes);
        Assert.Equal("input.overrideReason", QaScenario.ErrorField(refused));
        var unchanged = await fixture.SubmissionWithChecklistAsync(submission.AgreementId);
        Assert.Equal((QaSubmissionState.InReview, version, (string?)null), (unchanged.State, unchanged.Version, unchanged.QaReference));
        Assert.Null(unchanged.CurrentRound.Outcome);
        Assert.Equal(AgreementStatus.InQualityAssurance, await fixture.AgreementStatusAsync(submission.AgreementId));

        var approved = QaScenario.Node(await QaScenario.ApproveAsync(_reviewer, submission.Id, version, "Consent is not relied on; the gateway is the basis."), "approveSubmission");

        Assert.Equal("AWAITING_SIGN_OFF", approved.GetProperty("state").GetString());
        Assert.Equal("Consent is not relied on; the gateway is the basis.", approved.GetProperty("rounds")[0].GetProperty("outcomeReason").GetString());
        Assert.Equal(AgreementStatus.AwaitingSignOff, await fixture.AgreementStatusAsync(submission.AgreementId));
    }

    [Fact]
    public async Task Approving_needs_every_item_recorded_and_returning_needs_the_changes_required()
    {
        var submission = await fixture.SubmittedTorfaenAsync(_editor);
        var version = QaScenario.Node(await QaScenario.ClaimAsync(_reviewer, submission.Id, submission.Version), "claimSubmission").GetProperty("version").GetInt32();
        version = QaScenario.Node(await QaScenario.RecordAsync(_reviewer, submission.Id, version, "purpose", "MET"), "recordChecklistItem").GetProperty("version").GetInt32();

        var incomplete = await QaScenario.ApproveAsync(_reviewer, submission.Id, version);
        var noChanges = await QaScenario.ReturnAsync(_reviewer, submission.Id, version, "  ");

        Assert.Equal(["VALIDATION_FAILED"], incomplete.ErrorCodes);
        Assert.Equal("input.checklist", QaScenario.ErrorField(incomplete));
        Assert.Equal(["VALIDATION_FAILED"], noChanges.ErrorCodes);
        Assert.Equal("input.changesRequired", QaScenario.ErrorField(noChanges));
        var unchanged = await fixture.SubmissionWithChecklistAsync(submission.AgreementId);
        Assert.Equal((QaSubmissionState.InReview, version), (unchanged.State, unchanged.Version));
        Assert.Equal(AgreementStatus.InQualityAssurance, await fixture.AgreementStatusAsync(submission.AgreementId));
    }

    [Fact]
    public async Task Only_a_submission_in_review_can_be_decided()
    {
        var submission = await fixture.SubmittedTorfaenAsync(_editor);

        var waiting = await QaScenario.ApproveAsync(_reviewer, submission.Id, submission.Version);
        var waitingReturn = await QaScenario.ReturnAsync(_reviewer, submission.Id, submission.Version, "Anything");

        Assert.Equal(["CONFLICT"], waiting.ErrorCodes);
        Assert.Equal(["CONFLICT"], waitingReturn.ErrorCodes);
        Assert.Equal(QaSubmissionState.Waiting, (await fixture.SubmissionOfAsync(submission.AgreementId))!.State);
    }

    [Fact]
    public async Task Ten_truly_parallel_approvals_have_exactly_one_winner_and_nine_CONFLICTs()
    {
        var submission = await fixture.SubmittedTorfaenAsync(_editor);
        var version = await QaScenario.ClaimAndCompleteChecklistAsync(_reviewer, submission);
        var clients = new List<HttpClient>();
        for (var i = 0; i < 10; i++)
        {
            clients.Add(await fixture.StaffClientAsync(StaffLogin.QaReviewer));
        }

        var responses = await Task.WhenAll(clients.Select(c => Task.Run(() => QaScenario.ApproveAsync(c, submission.Id, version))));

        Assert.Single(responses, r => !r.HasErrors);
        Assert.Equal(9, responses.Count(r => r.ErrorCodes.SequenceEqual(["CONFLICT"])));
        var after = await fixture.SubmissionWithChecklistAsync(submission.AgreementId);
        Assert.Equal((QaSubmissionState.AwaitingSignOff, version + 2), (after.State, after.Version));
        Assert.Single(after.Events, e => e.To == QaSubmissionState.QualityAssured);
        Assert.Single(after.Events, e => e.To == QaSubmissionState.AwaitingSignOff);
        Assert.Equal(QaSubmissionState.QualityAssured, after.CurrentRound.Outcome);
        Assert.Equal(3, await fixture.WithDbAsync(db => db.SignOffs.CountAsync(o => o.SubmissionId == submission.Id)));
        Assert.Equal(AgreementStatus.AwaitingSignOff, await fixture.AgreementStatusAsync(submission.AgreementId));
    }

    [Fact]
    public async Task A_reviewer_whose_organisation_is_a_partner_may_not_decide()
    {
        var submission = await fixture.SubmittedTorfaenAsync(_editor);
        var version = await QaScenario.ClaimAndCompleteChecklistAsync(_reviewer, submission);
        // The demo reviewer, for this test only, works for the coordinator (identity is not reset between tests).
        const string SetOrganisation = "UPDATE identity.\"AspNetUsers\" SET \"OrganisationId\" = {0} WHERE \"NormalizedEmail\" = {1}";
        await fixture.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(SetOrganisation, QaScenario.Torfaen, StaffLogin.QaReviewer.ToUpperInvariant()));
        try
        {
            // A fresh sign-in (the fixture's cached cookie carries the claims of the first).
            var partner = await fixture.StaffClientAsync(null);
            await StaffLogin.SignInAsync(partner, StaffLogin.QaReviewer);

            var approve = await QaScenario.ApproveAsync(partner, submission.Id, version);
            var giveBack = await QaScenario.ReturnAsync(partner, submission.Id, version, "Change it");

            Assert.Equal(["FORBIDDEN"], approve.ErrorCodes);
            Assert.Equal("You may not decide an agreement your own organisation is a partner to.", approve.Body.GetProperty("errors")[0].GetProperty("message").GetString());
            Assert.Equal(["FORBIDDEN"], giveBack.ErrorCodes);
        }
        finally
        {
            await fixture.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(SetOrganisation.Replace("{0}", "NULL").Replace("{1}", "{0}"), StaffLogin.QaReviewer.ToUpperInvariant()));
        }
        var after = await fixture.SubmissionWithChecklistAsync(submission.AgreementId);
        Assert.Equal((QaSubmissionState.InReview, version), (after.State, after.Version));
        Assert.Equal(AgreementStatus.InQualityAssurance, await fixture.AgreementStatusAsync(submission.AgreementId));
    }
}
