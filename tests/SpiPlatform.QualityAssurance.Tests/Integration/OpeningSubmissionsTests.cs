using Microsoft.EntityFrameworkCore;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.TestKit;

namespace SpiPlatform.QualityAssurance.Tests.Integration;

[Collection(QualityAssuranceCollection.Collection)]
public sealed class OpeningSubmissionsTests(QualityAssuranceFixture fixture) : IAsyncLifetime
{
    private HttpClient _editor = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_submitted_draft_opens_one_submission_in_the_coordinators_region_however_often_it_is_delivered()
    {
        var submission = await fixture.SubmittedTorfaenAsync(_editor);
        var round = Assert.Single(submission.Rounds);

        // The dispatcher again; then as if it had crashed before marking the event delivered; then the handler itself.
        await fixture.Factory.Services.DispatchOutboxAsync();
        await fixture.Factory.Services.QueuedJobsFinishedAsync();
        await fixture.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE protocols.outbox_messages SET \"DispatchedAt\" = NULL"));
        await fixture.Factory.Services.DispatchOutboxAsync();
        await fixture.DeliverAsync(new AgreementSubmittedForQualityAssurance(submission.AgreementId, submission.Reference, round.AgreementVersion), round.EventId);

        var after = Assert.Single(await fixture.AllSubmissionsOfAsync(submission.AgreementId));
        Assert.Equal(round.Id, Assert.Single(after.Rounds).Id);
        Assert.Equal(1, round.Number);
        Assert.Equal(QaSubmissionState.Waiting, after.State);
        Assert.Equal(QaGroups.IdOf(QaGroups.SouthEastWales), after.GroupId);
        Assert.Equal(0, await fixture.WithDbAsync(db => db.Database.SqlQueryRaw<int>(
            "SELECT count(*)::int AS \"Value\" FROM protocols.outbox_messages WHERE \"DispatchedAt\" IS NULL").SingleAsync()));
    }

    [Fact]
    public async Task Ten_simultaneous_deliveries_of_the_same_event_open_one_submission()
    {
        var agreement = await fixture.NorthWalesAgreementAsync();
        var submitted = new AgreementSubmittedForQualityAssurance(agreement.Id, agreement.Reference, 1);
        var eventId = Guid.NewGuid();

        await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => fixture.DeliverAsync(submitted, eventId))));

        var submission = Assert.Single(await fixture.AllSubmissionsOfAsync(agreement.Id));
        Assert.Equal(eventId, Assert.Single(submission.Rounds).EventId);
    }

    [Fact]
    public async Task The_same_version_announced_again_under_another_event_id_adds_no_round()
    {
        var submission = await fixture.SubmittedTorfaenAsync(_editor);
        var version = submission.Rounds[0].AgreementVersion;

        await fixture.DeliverAsync(new AgreementSubmittedForQualityAssurance(submission.AgreementId, submission.Reference, version), Guid.NewGuid());

        Assert.Single((await fixture.SubmissionOfAsync(submission.AgreementId))!.Rounds);
    }

    [Fact]
    public async Task A_North_Wales_coordinator_sends_the_agreement_to_the_North_Wales_group()
    {
        var submission = await fixture.SubmittedNorthWalesAsync();

        Assert.Equal(QaGroups.IdOf(QaGroups.NorthWales), submission.GroupId);
        Assert.Equal(QaSubmissionState.Waiting, submission.State);
        var opened = Assert.Single(submission.Events);
        Assert.Null(opened.From);
        Assert.Equal(QaSubmissionState.Waiting, opened.To);
    }

    [Fact]
    public async Task A_returned_submission_resubmitted_is_the_next_round_of_the_same_submission_with_its_reviewer()
    {
        var submission = await fixture.SubmittedTorfaenAsync(_editor);
        var reviewer = await fixture.StaffClientAsync(StaffLogin.QaReviewer);
        QaScenario.Node(await QaScenario.ClaimAsync(reviewer, submission.Id, submission.Version), "claimSubmission");
        // Returning for amendment is the next increment; until then the test puts it in that state by hand.
        await fixture.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "UPDATE qa.submissions SET \"State\" = 'Returned', \"Version\" = \"Version\" + 1 WHERE \"Id\" = {0}", submission.Id));
        var next = submission.Rounds[0].AgreementVersion + 1;

        await fixture.DeliverAsync(new AgreementSubmittedForQualityAssurance(submission.AgreementId, submission.Reference, next), Guid.NewGuid());

        var after = Assert.Single(await fixture.AllSubmissionsOfAsync(submission.AgreementId));
        Assert.Equal([(1, next - 1), (2, next)], after.Rounds.OrderBy(r => r.Number).Select(r => (r.Number, r.AgreementVersion)));
        Assert.Equal(QaSubmissionState.InReview, after.State);
        Assert.Equal("staff:qa@demo.spi.wales", after.ClaimedBy);
    }
}
