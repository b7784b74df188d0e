using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.TestKit;

namespace SpiPlatform.QualityAssurance.Tests.Integration;

[Collection(QualityAssuranceCollection.Collection)]
public sealed class QueuePageTests(QualityAssuranceFixture fixture) : IAsyncLifetime
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

    private static async Task<List<string>> RowIdsAsync(HttpClient client, string path = "/qa")
    {
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        return [.. document.QuerySelectorAll("[data-testid=queue-row]").Select(r => r.Id!)];
    }

    private static FormUrlEncodedContent ClaimForm(Guid submissionId, int version, string token) => new(new Dictionary<string, string>
    {
        ["SubmissionId"] = submissionId.ToString(),
        ["Version"] = version.ToString(),
        ["__RequestVerificationToken"] = token,
    });

    [Fact]
    public async Task The_queue_lists_a_submission_for_its_groups_reviewers_and_not_for_others()
    {
        var torfaen = await fixture.SubmittedTorfaenAsync(_editor);
        var northWales = await fixture.SubmittedNorthWalesAsync();

        // North Caerphilly (demo data) has waited in South East Wales since 2012: oldest first.
        var caerphilly = $"submission-{QaScenario.NorthCaerphillyDemo}";
        Assert.Equal([caerphilly, $"submission-{torfaen.Id}"], await RowIdsAsync(_reviewer));
        // The programme team sees every group's queue, oldest first, but claims nothing.
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        Assert.Equal([caerphilly, $"submission-{torfaen.Id}", $"submission-{northWales.Id}"], await RowIdsAsync(programme));
        Assert.Contains("action=\"/qa?handler=claim\"", await _reviewer.GetStringAsync("/qa"));
        Assert.DoesNotContain("handler=claim", await programme.GetStringAsync("/qa"));

        using var editorPage = await _editor.GetAsync("/qa");
        Assert.NotEqual(HttpStatusCode.OK, editorPage.StatusCode);
        using var anonymousPage = await fixture.Factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync("/qa");
        Assert.NotEqual(HttpStatusCode.OK, anonymousPage.StatusCode);
    }

    [Fact]
    public async Task The_page_shows_reference_title_working_days_against_target_and_state_in_english_and_welsh()
    {
        var torfaen = await fixture.SubmittedTorfaenAsync(_editor);

        var english = await _reviewer.GetStringAsync("/qa");
        var welsh = await _reviewer.GetStringAsync("/qa?culture=cy");

        Assert.Contains(torfaen.Reference, english);
        Assert.Contains("Torfaen Youth Offending Information Sharing Protocol", english);
        var row = new HtmlParser().ParseDocument(english).QuerySelector($"#submission-{torfaen.Id}")!;
        Assert.StartsWith("0 of 20", row.QuerySelector("[data-testid=working-days]")!.TextContent.Trim());
        Assert.Equal("On track", row.QuerySelector("[data-testid=sla]")!.TextContent.Trim());
        Assert.Equal("Waiting", row.QuerySelector("[data-testid=submission-state]")!.TextContent.Trim());
        Assert.Contains("Ar y trywydd iawn", welsh);
        Assert.Contains("Ciw sicrhau ansawdd", welsh);
        Assert.Contains("Yn aros", welsh);
        Assert.Contains("De-ddwyrain Cymru", welsh);
    }

    [Fact]
    public async Task The_queue_filters_by_state_and_group_and_counts_each_state()
    {
        var torfaen = await fixture.SubmittedTorfaenAsync(_editor);
        var version = await QaScenario.ClaimAndCompleteChecklistAsync(_reviewer, torfaen);
        QaScenario.Node(await QaScenario.ReturnAsync(_reviewer, torfaen.Id, version, "Name the retention period."), "returnForAmendment");
        var groups = await fixture.WithDbAsync(db => db.Groups.AsNoTracking().ToListAsync());
        var southEast = groups.Single(g => g.Code == QaGroups.SouthEastWales).Id;
        var national = groups.Single(g => g.Code == QaGroups.National).Id;
        var parser = new HtmlParser();

        var open = parser.ParseDocument(await _reviewer.GetStringAsync("/qa"));
        var returned = parser.ParseDocument(await _reviewer.GetStringAsync("/qa?state=Returned"));
        var returnedInSouthEast = parser.ParseDocument(await _reviewer.GetStringAsync($"/qa?state=Returned&group={southEast}"));
        var returnedNationally = parser.ParseDocument(await _reviewer.GetStringAsync($"/qa?state=Returned&group={national}"));

        Assert.Null(open.QuerySelector($"#submission-{torfaen.Id}"));
        Assert.NotNull(returned.QuerySelector($"#submission-{torfaen.Id}"));
        Assert.NotNull(returnedInSouthEast.QuerySelector($"#submission-{torfaen.Id}"));
        Assert.Null(returnedNationally.QuerySelector($"#submission-{torfaen.Id}"));
        Assert.Equal("1", returnedInSouthEast.QuerySelector("[data-testid=count-Returned] strong")!.TextContent);
        Assert.Equal("0", returnedNationally.QuerySelector("[data-testid=count-Returned] strong")!.TextContent);
    }

    [Fact]
    public async Task The_queue_reads_the_agreements_of_its_rows_in_one_query_however_many_rows_it_has()
    {
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        await fixture.SubmittedTorfaenAsync(_editor);
        var few = await SqlCommandCounter.CountAsync("protocols.agreements", () => programme.GetStringAsync("/qa?state=Waiting"));
        await QaScenario.SubmitTorfaenDraftAsync(_editor, "Torfaen Families First Information Sharing Protocol");
        await QaScenario.SubmitTorfaenDraftAsync(_editor, "Torfaen Young Carers Information Sharing Protocol");
        await fixture.Factory.Services.DispatchOutboxAsync();
        await TestKit.Outbox.EventuallyAsync(() => fixture.WithDbAsync(db => db.Submissions.CountAsync(s => s.State == QaSubmissionState.Waiting)).GetAwaiter().GetResult() >= 4, "the new submissions opened");

        string page = "";
        var more = await SqlCommandCounter.CountAsync("protocols.agreements", async () => page = await programme.GetStringAsync("/qa?state=Waiting"));

        Assert.Contains("Torfaen Young Carers Information Sharing Protocol", page);
        Assert.Equal(few, more);
    }

    [Fact]
    public async Task With_htmx_the_filters_answer_with_just_the_results()
    {
        await fixture.SubmittedTorfaenAsync(_editor);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/qa?state=Waiting");
        request.Headers.Add("HX-Request", "true");

        using var response = await _reviewer.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"qa-queue\"", html);
        Assert.DoesNotContain("<h1>", html);
    }

    [Fact]
    public async Task The_claim_button_works_as_a_plain_post_and_a_second_claim_is_shown_again_with_422()
    {
        var torfaen = await fixture.SubmittedTorfaenAsync(_editor);
        var token = await StaffLogin.AntiforgeryTokenAsync(_reviewer, "/qa");

        using var claimed = await _reviewer.PostAsync("/qa?handler=claim", ClaimForm(torfaen.Id, torfaen.Version, token));
        Assert.Equal(HttpStatusCode.Redirect, claimed.StatusCode);
        var after = (await fixture.SubmissionOfAsync(torfaen.AgreementId))!;
        Assert.Equal((QaSubmissionState.InReview, "staff:qa@demo.spi.wales"), (after.State, after.ClaimedBy));
        Assert.Contains($"You have claimed {torfaen.Reference}.", await _reviewer.GetStringAsync("/qa"));

        using var again = await _reviewer.PostAsync("/qa?handler=claim&culture=cy", ClaimForm(torfaen.Id, after.Version, token));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("Mae&#x27;r cyflwyniad hwn eisoes wedi&#x27;i hawlio.", await again.Content.ReadAsStringAsync());
        Assert.Equal(after.Version, (await fixture.SubmissionOfAsync(torfaen.AgreementId))!.Version);
    }

    [Fact]
    public async Task With_htmx_a_claim_swaps_just_its_row_and_a_refusal_keeps_the_row_with_the_message()
    {
        var torfaen = await fixture.SubmittedTorfaenAsync(_editor);
        var token = await StaffLogin.AntiforgeryTokenAsync(_reviewer, "/qa");

        async Task<HttpResponseMessage> HtmxClaimAsync(int version)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/qa?handler=claim") { Content = ClaimForm(torfaen.Id, version, token) };
            request.Headers.Add("HX-Request", "true");
            return await _reviewer.SendAsync(request);
        }

        using var claimed = await HtmxClaimAsync(torfaen.Version);
        var html = await claimed.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);
        Assert.StartsWith($"<tr id=\"submission-{torfaen.Id}\"", html.Trim());
        Assert.Contains("In review", html);
        Assert.DoesNotContain("<html", html);

        using var again = await HtmxClaimAsync(torfaen.Version + 1);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Contains("This submission has already been claimed.", await again.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_claim_without_the_antiforgery_token_is_refused_and_changes_nothing()
    {
        var torfaen = await fixture.SubmittedTorfaenAsync(_editor);

        using var response = await _reviewer.PostAsync("/qa?handler=claim", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["SubmissionId"] = torfaen.Id.ToString(),
            ["Version"] = torfaen.Version.ToString(),
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(QaSubmissionState.Waiting, (await fixture.SubmissionOfAsync(torfaen.AgreementId))!.State);
    }
}
