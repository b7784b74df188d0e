using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.TestKit;

namespace SpiPlatform.QualityAssurance.Tests.Integration;

[Collection(QualityAssuranceCollection.Collection)]
public sealed class CommentTests(QualityAssuranceFixture fixture) : IAsyncLifetime
{
    private const string CommentFields = "comments { id round replyToId depth side authorName item body at }";
    private HttpClient _editor = null!;
    private HttpClient _reviewer = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        _reviewer = await fixture.StaffClientAsync(StaffLogin.QaReviewer);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static Task<GraphQLResponse> CommentAsync(HttpClient client, Guid submissionId, string? body, Guid? replyToId = null, string? item = null)
        => GraphQLClient.PostAsync(client,
            $"mutation($input: CommentOnSubmissionInput!) {{ commentOnSubmission(input: $input) {{ id version {CommentFields} }} }}",
            null, new { input = new { submissionId, body = body ?? "", replyToId, item } });

    private async Task<List<JsonElement>> ThreadAsync(Guid submissionId)
        => [.. QaScenario.Node(await GraphQLClient.PostAsync(_reviewer, $"query($id: ID!) {{ qaSubmission(id: $id) {{ {CommentFields} }} }}", null, new { id = submissionId }), "qaSubmission")
            .GetProperty("comments").EnumerateArray()];

    private Task<int> StoredCommentsAsync() => fixture.WithDbAsync(db => db.Comments.CountAsync());

    [Fact]
    public async Task A_reviewer_comments_on_an_item_the_coordinator_answers_and_the_thread_reads_in_order()
    {
        var submission = await fixture.SubmittedTorfaenAsync(_editor);

        var first = QaScenario.Node(await CommentAsync(_reviewer, submission.Id, "  How long are referrals kept?  ", item: "retention"), "commentOnSubmission");
        var question = first.GetProperty("comments")[0];
        var second = QaScenario.Node(await CommentAsync(_reviewer, submission.Id, "Please name the consent review interval."), "commentOnSubmission");
        QaScenario.Node(await CommentAsync(_editor, submission.Id, "Six years, then destroyed.", Guid.Parse(question.GetProperty("id").GetString()!)), "commentOnSubmission");

        var thread = await ThreadAsync(submission.Id);
        Assert.Equal(["How long are referrals kept?", "Six years, then destroyed.", "Please name the consent review interval."],
            thread.Select(c => c.GetProperty("body").GetString()));
        Assert.Equal(["REVIEWER", "PARTNERS", "REVIEWER"], thread.Select(c => c.GetProperty("side").GetString()));
        Assert.Equal([0, 1, 0], thread.Select(c => c.GetProperty("depth").GetInt32()));
        Assert.Equal(question.GetProperty("id").GetString(), thread[1].GetProperty("replyToId").GetString());
        Assert.Equal("retention", thread[0].GetProperty("item").GetString());
        Assert.All(thread, c => Assert.Equal(1, c.GetProperty("round").GetInt32()));
        // A comment is no change to the submission: the reviewer's checklist does not go stale.
        Assert.Equal(submission.Version, second.GetProperty("version").GetInt32());
        Assert.Equal(3, await StoredCommentsAsync());
    }

    [Fact]
    public async Task A_reviewer_of_another_group_a_partner_who_does_not_coordinate_the_programme_team_and_anonymous_may_not_comment()
    {
        var torfaen = await fixture.SubmittedTorfaenAsync(_editor);
        var northWales = await fixture.SubmittedNorthWalesAsync();
        var healthBoard = await fixture.StaffClientAsync(StaffLogin.HealthBoardSignatory);
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);

        foreach (var (client, id, code) in new[]
        {
            (fixture.Factory.CreateClient(), torfaen.Id, "UNAUTHENTICATED"),
            (healthBoard, torfaen.Id, "FORBIDDEN"),
            (programme, torfaen.Id, "FORBIDDEN"),
            (_reviewer, northWales.Id, "FORBIDDEN"),
            (_editor, northWales.Id, "FORBIDDEN"),
        })
        {
            Assert.Equal([code], (await CommentAsync(client, id, "May I?")).ErrorCodes);
        }
        Assert.Equal(["NOT_FOUND"], (await CommentAsync(_reviewer, Guid.NewGuid(), "Anyone there?")).ErrorCodes);
        Assert.Equal(0, await StoredCommentsAsync());
    }

    [Fact]
    public async Task An_empty_or_too_long_body_an_unknown_reply_a_reply_to_another_submission_and_an_unknown_item_are_refused_and_nothing_is_stored()
    {
        var torfaen = await fixture.SubmittedTorfaenAsync(_editor);
        var northWales = await fixture.SubmittedNorthWalesAsync();
        var elsewhere = new QaComment
        {
            Id = Guid.NewGuid(), SubmissionId = northWales.Id, RoundNumber = 1, Side = CommentSide.Reviewer, AuthorId = "staff:someone@demo.spi.wales",
            AuthorName = "Someone", Body = "On another submission", At = DateTimeOffset.UtcNow,
        };
        await fixture.WithDbAsync(async db => { db.Comments.Add(elsewhere); return await db.SaveChangesAsync(); });

        foreach (var (response, field) in new[]
        {
            (await CommentAsync(_reviewer, torfaen.Id, "   "), "input.body"),
            (await CommentAsync(_editor, torfaen.Id, new string('x', 4001)), "input.body"),
            (await CommentAsync(_reviewer, torfaen.Id, "A reply", Guid.NewGuid()), "input.replyToId"),
            (await CommentAsync(_editor, torfaen.Id, "A reply", elsewhere.Id), "input.replyToId"),
            (await CommentAsync(_reviewer, torfaen.Id, "About colours", item: "colour-scheme"), "input.item"),
        })
        {
            Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
            Assert.Equal(field, QaScenario.ErrorField(response));
        }
        Assert.Equal(1, await StoredCommentsAsync());
        Assert.Empty(await ThreadAsync(torfaen.Id));
        Assert.Equal(torfaen.Version, (await fixture.SubmissionOfAsync(torfaen.AgreementId))!.Version);
        // Exactly 4000 characters is allowed.
        QaScenario.Node(await CommentAsync(_editor, torfaen.Id, new string('x', 4000)), "commentOnSubmission");
    }
}
