using SpiPlatform.Protocols.Contracts;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.TestKit;

namespace SpiPlatform.QualityAssurance.Tests.Integration;

[Collection(QualityAssuranceCollection.Collection)]
public sealed class ChecklistTests(QualityAssuranceFixture fixture) : IAsyncLifetime
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
    public async Task The_claimant_records_results_and_the_submission_shows_the_checklist_in_both_languages()
    {
        var submission = await fixture.SubmittedTorfaenAsync(_editor);
        var version = QaScenario.Node(await QaScenario.ClaimAsync(_reviewer, submission.Id, submission.Version), "claimSubmission").GetProperty("version").GetInt32();

        var met = QaScenario.Node(await QaScenario.RecordAsync(_reviewer, submission.Id, version, "purpose", "MET"), "recordChecklistItem");
        var notMet = QaScenario.Node(await QaScenario.RecordAsync(_reviewer, submission.Id, met.GetProperty("version").GetInt32(), "retention", "NOT_MET", "No retention periods"), "recordChecklistItem");

        var lines = notMet.GetProperty("checklist").EnumerateArray().ToList();
        Assert.Equal(QaChecklist.Items.Select(i => i.Key), lines.Select(l => l.GetProperty("item").GetString()));
        Assert.All(lines, l => Assert.False(string.IsNullOrEmpty(l.GetProperty("textCy").GetString())));
        Assert.Equal("MET", lines[0].GetProperty("result").GetString());
        var retention = lines.Single(l => l.GetProperty("item").GetString() == "retention");
        Assert.Equal(("NOT_MET", "No retention periods"), (retention.GetProperty("result").GetString(), retention.GetProperty("comment").GetString()));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, lines.Single(l => l.GetProperty("item").GetString() == "consent").GetProperty("result").ValueKind);
        var stored = await fixture.SubmissionWithChecklistAsync(submission.AgreementId);
        Assert.Equal(2, stored.CurrentRound.Checklist.Count);
        Assert.Equal(version + 2, stored.Version);
    }

    [Fact]
    public async Task An_unknown_item_a_missing_comment_and_a_stale_version_are_refused_and_nothing_is_recorded()
    {
        var submission = await fixture.SubmittedTorfaenAsync(_editor);
        var version = QaScenario.Node(await QaScenario.ClaimAsync(_reviewer, submission.Id, submission.Version), "claimSubmission").GetProperty("version").GetInt32();

        var unknown = await QaScenario.RecordAsync(_reviewer, submission.Id, version, "colour-scheme", "MET");
        var noComment = await QaScenario.RecordAsync(_reviewer, submission.Id, version, "retention", "NOT_MET");
        var stale = await QaScenario.RecordAsync(_reviewer, submission.Id, version - 1, "purpose", "MET");

        Assert.Equal(["VALIDATION_FAILED"], unknown.ErrorCodes);
        Assert.Equal("input.item", QaScenario.ErrorField(unknown));
        Assert.Equal(["VALIDATION_FAILED"], noComment.ErrorCodes);
        Assert.Equal("input.comment", QaScenario.ErrorField(noComment));
        Assert.Equal(["CONFLICT"], stale.ErrorCodes);
        var stored = await fixture.SubmissionWithChecklistAsync(submission.AgreementId);
        Assert.Empty(stored.CurrentRound.Checklist);
        Assert.Equal(version, stored.Version);
    }

    [Fact]
    public async Task Who_may_not_record_or_decide_is_refused_and_nothing_changes()
    {
        var torfaen = await fixture.SubmittedTorfaenAsync(_editor);
        var version = QaScenario.Node(await QaScenario.ClaimAsync(_reviewer, torfaen.Id, torfaen.Version), "claimSubmission").GetProperty("version").GetInt32();
        var northWales = await fixture.SubmittedNorthWalesAsync();
        var anonymous = fixture.Factory.CreateClient();
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);

        foreach (var (client, id, v, code) in new[]
        {
            (anonymous, torfaen.Id, version, "UNAUTHENTICATED"),
            (_editor, torfaen.Id, version, "FORBIDDEN"),
            (programme, torfaen.Id, version, "FORBIDDEN"),
            (_reviewer, northWales.Id, northWales.Version, "FORBIDDEN"),
        })
        {
            Assert.Equal([code], (await QaScenario.RecordAsync(client, id, v, "purpose", "MET")).ErrorCodes);
            Assert.Equal([code], (await QaScenario.ReturnAsync(client, id, v, "Change it")).ErrorCodes);
            Assert.Equal([code], (await QaScenario.ApproveAsync(client, id, v, "Override")).ErrorCodes);
        }

        var after = await fixture.SubmissionWithChecklistAsync(torfaen.AgreementId);
        Assert.Equal((QaSubmissionState.InReview, version), (after.State, after.Version));
        Assert.Empty(after.CurrentRound.Checklist);
        Assert.Equal(AgreementStatus.InQualityAssurance, await fixture.AgreementStatusAsync(torfaen.AgreementId));
        var north = await fixture.SubmissionWithChecklistAsync(northWales.AgreementId);
        Assert.Equal((QaSubmissionState.Waiting, northWales.Version), (north.State, north.Version));
    }
}
