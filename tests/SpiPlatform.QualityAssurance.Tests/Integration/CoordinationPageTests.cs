using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.TestKit;

namespace SpiPlatform.QualityAssurance.Tests.Integration;

[Collection(QualityAssuranceCollection.Collection)]
public sealed class CoordinationPageTests(QualityAssuranceFixture fixture) : IAsyncLifetime
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

    private static string PathOf(QaSubmission s) => $"/qa/agreements/{s.AgreementId}";

    private static Task<GraphQLResponse> CommentAsync(HttpClient client, Guid submissionId, string body)
        => GraphQLClient.PostAsync(client, "mutation($input: CommentOnSubmissionInput!) { commentOnSubmission(input: $input) { id } }", null,
            new { input = new { submissionId, body } });

    [Fact]
    public async Task The_coordinator_sees_the_outcome_the_changes_required_and_the_comments_and_answers_one()
    {
        var submission = await fixture.SubmittedTorfaenAsync(_editor);
        var version = QaScenario.Node(await QaScenario.ClaimAsync(_reviewer, submission.Id, submission.Version), "claimSubmission").GetProperty("version").GetInt32();
        Assert.False((await CommentAsync(_reviewer, submission.Id, "Which retention periods apply?")).HasErrors);
        QaScenario.Node(await QaScenario.ReturnAsync(_reviewer, submission.Id, version, "Name the retention periods."), "returnForAmendment");

        var page = new HtmlParser().ParseDocument(await _editor.GetStringAsync(PathOf(submission)));
        Assert.Equal("Returned", page.QuerySelector("[data-testid=submission-state]")!.TextContent.Trim());
        Assert.Contains("Name the retention periods.", page.QuerySelector("[data-testid=changes-required]")!.TextContent);
        Assert.Equal("Returned", page.QuerySelector("[data-testid=round-outcome]")!.TextContent.Trim());
        var question = page.QuerySelector("[data-testid=comment]")!;
        Assert.Contains("Which retention periods apply?", question.TextContent);

        var token = await StaffLogin.AntiforgeryTokenAsync(_editor, PathOf(submission));
        var questionId = question.Id!["comment-".Length..];
        using var answered = await _editor.PostAsync($"{PathOf(submission)}?handler=comment", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Reply.ReplyToId"] = questionId, ["Reply.Body"] = "Six years after the case closes.", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var answer = await fixture.WithDbAsync(db => db.Comments.AsNoTracking().SingleAsync(c => c.ReplyToId != null));
        Assert.Equal((CommentSide.Partners, Guid.Parse(questionId)), (answer.Side, answer.ReplyToId!.Value));

        using var empty = await _editor.PostAsync($"{PathOf(submission)}?handler=comment&culture=cy", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Reply.Body"] = " ", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, empty.StatusCode);
        Assert.Contains("Ysgrifennwch y sylw.", await empty.Content.ReadAsStringAsync());
        Assert.Equal(2, await fixture.WithDbAsync(db => db.Comments.CountAsync()));
    }

    [Fact]
    public async Task Once_approved_the_coordinator_sees_the_qa_reference()
    {
        var submission = await fixture.SubmittedTorfaenAsync(_editor);
        var version = await QaScenario.ClaimAndCompleteChecklistAsync(_reviewer, submission);
        var approved = QaScenario.Node(await QaScenario.ApproveAsync(_reviewer, submission.Id, version), "approveSubmission");

        var page = new HtmlParser().ParseDocument(await _editor.GetStringAsync(PathOf(submission)));

        Assert.Equal(approved.GetProperty("qaReference").GetString(), page.QuerySelector("[data-testid=qa-reference]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Another_organisation_finds_nothing_and_anonymous_is_sent_to_sign_in()
    {
        var submission = await fixture.SubmittedTorfaenAsync(_editor);
        var healthBoard = await fixture.StaffClientAsync(StaffLogin.HealthBoardSignatory);

        using var partner = await healthBoard.GetAsync(PathOf(submission));
        Assert.Equal(HttpStatusCode.NotFound, partner.StatusCode);
        using var unknown = await _editor.GetAsync($"/qa/agreements/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var anonymous = await fixture.Factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync(PathOf(submission));
        Assert.NotEqual(HttpStatusCode.OK, anonymous.StatusCode);
        // The group's reviewer sees it too.
        using var reviewer = await _reviewer.GetAsync(PathOf(submission));
        Assert.Equal(HttpStatusCode.OK, reviewer.StatusCode);
    }
}
