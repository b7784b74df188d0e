using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.TestKit;

namespace SpiPlatform.QualityAssurance.Tests.Integration;

/// <summary>Group leads assign submissions; the programme team moves them between groups and manages who is in each.</summary>
[Collection(QualityAssuranceCollection.Collection)]
public sealed class RoutingTests(QualityAssuranceFixture fixture) : IAsyncLifetime
{
    private const string Colleague = "rhian.reviewer@demo.spi.wales";
    private HttpClient _editor = null!;
    private HttpClient _reviewer = null!;
    private HttpClient _programme = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        _reviewer = await fixture.StaffClientAsync(StaffLogin.QaReviewer);
        _programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static Guid Group(string code) => QaGroups.IdOf(code);

    [Fact]
    public async Task The_group_lead_assigns_a_waiting_submission_to_a_reviewer_of_the_group()
    {
        QaScenario.Node(await SetMemberAsync(_programme, Group(QaGroups.SouthEastWales), Colleague, "Rhian Reviewer"), "setQaGroupMember");
        var submission = await fixture.SubmittedTorfaenAsync(_editor);

        var assigned = QaScenario.Node(await AssignAsync(_reviewer, submission.Id, submission.Version, Colleague.ToUpperInvariant()), "assignSubmission");

        Assert.Equal(("IN_REVIEW", $"staff:{Colleague}", "Rhian Reviewer"),
            (assigned.GetProperty("state").GetString(), assigned.GetProperty("claimedBy").GetString(), assigned.GetProperty("claimedByName").GetString()));
        var after = (await fixture.SubmissionOfAsync(submission.AgreementId))!;
        Assert.Contains(after.Events, e => e is { To: QaSubmissionState.InReview, Actor: "staff:qa@demo.spi.wales", Reason: "Assigned to Rhian Reviewer" });
    }

    [Fact]
    public async Task Only_a_lead_or_the_programme_team_may_assign_and_only_to_a_member_of_the_group()
    {
        var submission = await fixture.SubmittedTorfaenAsync(_editor);
        // The demo reviewer leads South East Wales only; in the national team they are a plain member.
        await fixture.WithDbAsync(async db =>
        {
            var tracked = await db.Submissions.SingleAsync(s => s.Id == submission.Id);
            tracked.GroupId = Group(QaGroups.National);
            return await db.SaveChangesAsync();
        });

        var notLead = await AssignAsync(_reviewer, submission.Id, submission.Version, StaffLogin.QaReviewer);
        var editor = await AssignAsync(_editor, submission.Id, submission.Version, StaffLogin.QaReviewer);
        var stranger = await AssignAsync(_programme, submission.Id, submission.Version, "someone@example.org");

        Assert.Equal(["FORBIDDEN"], notLead.ErrorCodes);
        Assert.Equal(["FORBIDDEN"], editor.ErrorCodes);
        Assert.Equal(["VALIDATION_FAILED"], stranger.ErrorCodes);
        Assert.Equal("input.reviewerEmail", QaScenario.ErrorField(stranger));
        var after = (await fixture.SubmissionOfAsync(submission.AgreementId))!;
        Assert.Equal((QaSubmissionState.Waiting, (string?)null, submission.Version), (after.State, after.ClaimedBy, after.Version));
        var assigned = QaScenario.Node(await AssignAsync(_programme, submission.Id, submission.Version, StaffLogin.QaReviewer), "assignSubmission");
        Assert.Equal("IN_REVIEW", assigned.GetProperty("state").GetString());
    }

    [Fact]
    public async Task The_programme_team_moves_a_claimed_submission_to_another_group_with_a_reason_and_it_waits_there_unclaimed()
    {
        var submission = await fixture.SubmittedTorfaenAsync(_editor);
        var version = QaScenario.Node(await QaScenario.ClaimAsync(_reviewer, submission.Id, submission.Version), "claimSubmission").GetProperty("version").GetInt32();

        var withoutReason = await MoveAsync(_programme, submission.Id, version, Group(QaGroups.National), " ");
        var byReviewer = await MoveAsync(_reviewer, submission.Id, version, Group(QaGroups.National), "Wales-wide partners");
        var stale = await MoveAsync(_programme, submission.Id, version - 1, Group(QaGroups.National), "Wales-wide partners");
        Assert.Equal(("VALIDATION_FAILED", "input.reason"), (withoutReason.ErrorCodes[0], QaScenario.ErrorField(withoutReason)));
        Assert.Equal(["FORBIDDEN"], byReviewer.ErrorCodes);
        Assert.Equal(["CONFLICT"], stale.ErrorCodes);
        Assert.Equal(version, (await fixture.SubmissionOfAsync(submission.AgreementId))!.Version);

        var moved = QaScenario.Node(await MoveAsync(_programme, submission.Id, version, Group(QaGroups.National), "The partners work across all of Wales."), "changeSubmissionGroup");

        Assert.Equal(("WAITING", Group(QaGroups.National).ToString()), (moved.GetProperty("state").GetString(), moved.GetProperty("groupId").GetString()));
        var after = (await fixture.SubmissionOfAsync(submission.AgreementId))!;
        Assert.Null(after.ClaimedBy);
        Assert.Contains(after.Events, e => e.Actor == "staff:programme@demo.spi.wales" && e.Reason == "Moved from South East Wales to National WASPI team: The partners work across all of Wales.");
    }

    [Fact]
    public async Task Only_the_programme_team_manages_members_and_a_bad_email_changes_nothing()
    {
        var southEast = Group(QaGroups.SouthEastWales);

        var byReviewer = await SetMemberAsync(_reviewer, southEast, Colleague, "Rhian Reviewer");
        var badEmail = await SetMemberAsync(_programme, southEast, "rhian at example", "Rhian Reviewer");

        Assert.Equal(["FORBIDDEN"], byReviewer.ErrorCodes);
        Assert.Equal(("VALIDATION_FAILED", "input.email"), (badEmail.ErrorCodes[0], QaScenario.ErrorField(badEmail)));
        Assert.Equal(1, await fixture.WithDbAsync(db => db.Members.CountAsync(m => m.GroupId == southEast)));

        var lead = QaScenario.Node(await SetMemberAsync(_programme, southEast, Colleague, "Rhian Reviewer", isLead: true), "setQaGroupMember");
        Assert.Contains(lead.GetProperty("members").EnumerateArray(), m => m.GetProperty("email").GetString() == Colleague && m.GetProperty("isLead").GetBoolean());
        var removed = QaScenario.Node(await GraphQLClient.PostAsync(_programme,
            "mutation($input: RemoveQaGroupMemberInput!) { removeQaGroupMember(input: $input) { members { email } } }", null,
            new { input = new { groupId = southEast, email = Colleague } }), "removeQaGroupMember");
        Assert.DoesNotContain(removed.GetProperty("members").EnumerateArray(), m => m.GetProperty("email").GetString() == Colleague);
    }

    [Fact]
    public async Task The_groups_page_adds_a_member_without_javascript_and_re_renders_a_bad_email_with_its_message()
    {
        var token = await StaffLogin.AntiforgeryTokenAsync(_programme, "/qa/groups");
        var southEast = Group(QaGroups.SouthEastWales);

        using var bad = await _programme.PostAsync("/qa/groups?handler=set", Form(token, southEast, "not-an-email", "Rhian Reviewer"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var page = new HtmlParser().ParseDocument(await bad.Content.ReadAsStringAsync());
        Assert.Contains("Enter the reviewer's email address", page.QuerySelector("[data-testid=error-summary]")!.TextContent);
        Assert.Equal($"#group-{southEast}-email", page.QuerySelector("[data-testid=error-summary] a")!.GetAttribute("href"));

        using var good = await _programme.PostAsync("/qa/groups?handler=set", Form(token, southEast, Colleague, "Rhian Reviewer"));
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.True(await fixture.WithDbAsync(db => db.Members.AnyAsync(m => m.GroupId == southEast && m.Email == Colleague)));
        using var reviewerPage = await _reviewer.GetAsync("/qa/groups");
        Assert.NotEqual(HttpStatusCode.OK, reviewerPage.StatusCode);
    }

    [Fact]
    public async Task The_route_page_assigns_without_javascript_for_the_lead()
    {
        var submission = await fixture.SubmittedTorfaenAsync(_editor);
        var token = await StaffLogin.AntiforgeryTokenAsync(_reviewer, $"/qa/submissions/{submission.Id}/route");

        using var response = await _reviewer.PostAsync($"/qa/submissions/{submission.Id}/route?handler=assign", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Version"] = submission.Version.ToString(), ["ReviewerEmail"] = StaffLogin.QaReviewer,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = new HtmlParser().ParseDocument(await _reviewer.GetStringAsync($"/qa/submissions/{submission.Id}/route"));
        Assert.Equal("Demo QA Reviewer", page.QuerySelector("[data-testid=route-reviewer]")!.TextContent);
        Assert.Null(page.QuerySelector("textarea#reason"));
    }

    private static FormUrlEncodedContent Form(string token, Guid groupId, string email, string name) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = token, ["GroupId"] = groupId.ToString(), ["Email"] = email, ["DisplayName"] = name,
    });

    private static Task<GraphQLResponse> SetMemberAsync(HttpClient client, Guid groupId, string email, string name, bool isLead = false)
        => GraphQLClient.PostAsync(client, "mutation($input: SetQaGroupMemberInput!) { setQaGroupMember(input: $input) { id members { email displayName isLead } } }",
            null, new { input = new { groupId, email, displayName = name, isLead } });

    private static Task<GraphQLResponse> AssignAsync(HttpClient client, Guid submissionId, int version, string reviewerEmail)
        => GraphQLClient.PostAsync(client, "mutation($input: AssignSubmissionInput!) { assignSubmission(input: $input) { id state version claimedBy claimedByName } }",
            null, new { input = new { submissionId, version, reviewerEmail } });

    private static Task<GraphQLResponse> MoveAsync(HttpClient client, Guid submissionId, int version, Guid groupId, string reason)
        => GraphQLClient.PostAsync(client, "mutation($input: ChangeSubmissionGroupInput!) { changeSubmissionGroup(input: $input) { id state version groupId } }",
            null, new { input = new { submissionId, version, groupId, reason } });
}
