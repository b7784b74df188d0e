using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.TestKit;

namespace SpiPlatform.QualityAssurance.Tests.Integration;

[Collection(QualityAssuranceCollection.Collection)]
public sealed class ClaimingTests(QualityAssuranceFixture fixture) : IAsyncLifetime
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
    public async Task A_reviewer_of_the_group_claims_a_waiting_submission()
    {
        var submission = await fixture.SubmittedTorfaenAsync(_editor);

        var claimed = QaScenario.Node(await QaScenario.ClaimAsync(_reviewer, submission.Id, submission.Version), "claimSubmission");

        Assert.Equal("IN_REVIEW", claimed.GetProperty("state").GetString());
        Assert.Equal("staff:qa@demo.spi.wales", claimed.GetProperty("claimedBy").GetString());
        Assert.Equal(submission.Version + 1, claimed.GetProperty("version").GetInt32());
        var after = (await fixture.SubmissionOfAsync(submission.AgreementId))!;
        Assert.Equal(QaSubmissionState.InReview, after.State);
        Assert.Contains(after.Events, e => e is { From: QaSubmissionState.Waiting, To: QaSubmissionState.InReview, Actor: "staff:qa@demo.spi.wales" });
    }

    [Fact]
    public async Task Ten_truly_parallel_claims_have_exactly_one_winner_and_nine_CONFLICTs()
    {
        var submission = await fixture.SubmittedTorfaenAsync(_editor);
        var clients = new List<HttpClient>();
        for (var i = 0; i < 10; i++)
        {
            clients.Add(await fixture.StaffClientAsync(StaffLogin.QaReviewer));
        }

        var responses = await Task.WhenAll(clients.Select(c => Task.Run(() => QaScenario.ClaimAsync(c, submission.Id, submission.Version))));

        Assert.Single(responses, r => !r.HasErrors);
        Assert.Equal(9, responses.Count(r => r.ErrorCodes.SequenceEqual(["CONFLICT"])));
        var after = (await fixture.SubmissionOfAsync(submission.AgreementId))!;
        Assert.Equal("staff:qa@demo.spi.wales", after.ClaimedBy);
        Assert.Equal(submission.Version + 1, after.Version);
        Assert.Single(after.Events, e => e.To == QaSubmissionState.InReview);
    }

    [Fact]
    public async Task A_claimed_submission_cannot_be_claimed_again_and_a_stale_version_is_refused()
    {
        var submission = await fixture.SubmittedTorfaenAsync(_editor);
        var claimed = QaScenario.Node(await QaScenario.ClaimAsync(_reviewer, submission.Id, submission.Version), "claimSubmission");

        var again = await QaScenario.ClaimAsync(_reviewer, submission.Id, claimed.GetProperty("version").GetInt32());
        var stale = await QaScenario.ClaimAsync(_reviewer, submission.Id, submission.Version);

        Assert.Equal(["CONFLICT"], again.ErrorCodes);
        Assert.Equal("This submission has already been claimed.", again.Body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(["CONFLICT"], stale.ErrorCodes);
    }

    [Fact]
    public async Task A_stale_version_of_a_waiting_submission_is_a_CONFLICT_on_the_version()
    {
        var submission = await fixture.SubmittedTorfaenAsync(_editor);

        var stale = await QaScenario.ClaimAsync(_reviewer, submission.Id, submission.Version - 1);

        Assert.Equal(["CONFLICT"], stale.ErrorCodes);
        Assert.Equal("input.version", stale.Body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("field").GetString());
        Assert.Equal(QaSubmissionState.Waiting, (await fixture.SubmissionOfAsync(submission.AgreementId))!.State);
    }

    [Fact]
    public async Task Only_a_reviewer_of_the_group_may_claim_and_a_refusal_changes_nothing()
    {
        var torfaen = await fixture.SubmittedTorfaenAsync(_editor);
        var northWales = await fixture.SubmittedNorthWalesAsync();
        var anonymous = fixture.Factory.CreateClient();
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);

        Assert.Equal(["UNAUTHENTICATED"], (await QaScenario.ClaimAsync(anonymous, torfaen.Id, torfaen.Version)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await QaScenario.ClaimAsync(_editor, torfaen.Id, torfaen.Version)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await QaScenario.ClaimAsync(programme, torfaen.Id, torfaen.Version)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await QaScenario.ClaimAsync(_reviewer, northWales.Id, northWales.Version)).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await QaScenario.ClaimAsync(_reviewer, Guid.NewGuid(), 0)).ErrorCodes);

        foreach (var before in new[] { torfaen, northWales })
        {
            var after = (await fixture.SubmissionOfAsync(before.AgreementId))!;
            Assert.Equal((QaSubmissionState.Waiting, before.Version, (string?)null, 1), (after.State, after.Version, after.ClaimedBy, after.Events.Count));
        }
    }

    [Fact]
    public async Task The_queue_and_groups_are_read_by_reviewers_and_the_programme_team_only()
    {
        var torfaen = await fixture.SubmittedTorfaenAsync(_editor);
        var northWales = await fixture.SubmittedNorthWalesAsync();
        const string Query = "query($f: QaSubmissionFilter) { qaSubmissions(filter: $f, first: 10) { totalCount edges { cursor node { id reference state } } pageInfo { hasNextPage endCursor } } qaGroups { code nameCy areas members { email } } }";
        var southEast = QaGroups.IdOf(QaGroups.SouthEastWales);

        var all = await GraphQLClient.PostAsync(await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam), Query);
        var mine = await GraphQLClient.PostAsync(_reviewer, Query, null, new { f = new { groupIds = new[] { southEast }, states = new[] { "WAITING" } } });

        // The demo data's six, less Hafan Lles (delivered afresh as the North Wales submission), and the two here.
        Assert.Equal(QaScenario.DemoSubmissions - 1 + 2, QaScenario.Node(all, "qaSubmissions").GetProperty("totalCount").GetInt32());
        var edge = Assert.Single(QaScenario.Node(mine, "qaSubmissions").GetProperty("edges").EnumerateArray(),
            e => e.GetProperty("node").GetProperty("id").GetString() != QaScenario.NorthCaerphillyDemo.ToString());
        Assert.Equal(2, QaScenario.Node(mine, "qaSubmissions").GetProperty("edges").GetArrayLength());
        Assert.Equal(torfaen.Id.ToString(), edge.GetProperty("node").GetProperty("id").GetString());
        var groups = QaScenario.Node(mine, "qaGroups").EnumerateArray().ToList();
        Assert.Equal(5, groups.Count);
        var se = groups.Single(g => g.GetProperty("code").GetString() == QaGroups.SouthEastWales);
        Assert.Equal("De-ddwyrain Cymru", se.GetProperty("nameCy").GetString());
        Assert.Contains("TORFAEN", se.GetProperty("areas").EnumerateArray().Select(a => a.GetString()));
        Assert.Contains("qa@demo.spi.wales", se.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("email").GetString()));

        var one = await GraphQLClient.PostAsync(_reviewer, "query($id: ID!) { qaSubmission(id: $id) { reference groupId rounds { number } events { to } } }", null, new { id = northWales.Id });
        Assert.Equal(QaGroups.IdOf(QaGroups.NorthWales).ToString(), QaScenario.Node(one, "qaSubmission").GetProperty("groupId").GetString());

        var badId = await GraphQLClient.PostAsync(_reviewer, Query, null, new { f = new { groupIds = new[] { "north-wales" } } });
        Assert.Equal(["VALIDATION_FAILED"], badId.ErrorCodes);

        Assert.Contains("UNAUTHENTICATED", (await GraphQLClient.PostAsync(fixture.Factory.CreateClient(), Query)).ErrorCodes);
        Assert.Contains("FORBIDDEN", (await GraphQLClient.PostAsync(_editor, Query)).ErrorCodes);
    }
}
