using AngleSharp.Html.Parser;
using SpiPlatform.TestKit;

namespace SpiPlatform.QualityAssurance.Tests.Integration;

/// <summary>The agreement's QA story, on its page and as its <c>qa</c> field, for whoever may see the agreement.</summary>
[Collection(QualityAssuranceCollection.Collection)]
public sealed class AgreementQaTests(QualityAssuranceFixture fixture) : IAsyncLifetime
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
    public async Task The_coordinator_reads_the_rounds_the_changes_required_and_the_timeline_on_the_agreement()
    {
        var submission = await fixture.SubmittedTorfaenAsync(_editor);
        var version = await QaScenario.ClaimAndCompleteChecklistAsync(_reviewer, submission, notMet: "retention");
        QaScenario.Node(await QaScenario.ReturnAsync(_reviewer, submission.Id, version, "State how long each partner keeps the referral."), "returnForAmendment");
        await fixture.ResubmitAsync(_editor, submission.AgreementId, "Torfaen Youth Justice Information Sharing Protocol");

        var qa = QaScenario.Node(await GraphQLClient.PostAsync(_editor,
            "query($id: ID) { agreement(id: $id) { qa { state rounds { number outcome changesRequired turnaround { workingDays targetWorkingDays state } } timeline { from to reason actor } signOffs { organisationId } } } }",
            null, new { id = submission.AgreementId }), "agreement").GetProperty("qa");

        Assert.Equal("IN_REVIEW", qa.GetProperty("state").GetString());
        var rounds = qa.GetProperty("rounds");
        Assert.Equal(2, rounds.GetArrayLength());
        Assert.Equal(("RETURNED", "State how long each partner keeps the referral."), (rounds[0].GetProperty("outcome").GetString(), rounds[0].GetProperty("changesRequired").GetString()));
        Assert.Equal((0, 20, "MET"), (rounds[0].GetProperty("turnaround").GetProperty("workingDays").GetInt32(),
            rounds[0].GetProperty("turnaround").GetProperty("targetWorkingDays").GetInt32(), rounds[0].GetProperty("turnaround").GetProperty("state").GetString()));
        Assert.Equal(JsonValueKindNull, rounds[1].GetProperty("outcome").ValueKind);
        var timeline = qa.GetProperty("timeline").EnumerateArray().Select(e => (e.GetProperty("to").GetString(), e.GetProperty("actor").GetString())).ToList();
        // Opened, claimed, returned, and resubmitted to the same reviewer.
        Assert.Equal([("WAITING", "system:protocols"), ("IN_REVIEW", "staff:qa@demo.spi.wales"), ("RETURNED", "staff:qa@demo.spi.wales"), ("IN_REVIEW", "system:protocols")], timeline);
        Assert.Equal(0, qa.GetProperty("signOffs").GetArrayLength());
    }

    [Fact]
    public async Task The_agreement_page_shows_the_qa_section_and_an_agreement_never_submitted_has_none()
    {
        var submission = await fixture.SubmittedTorfaenAsync(_editor);

        var page = new HtmlParser().ParseDocument(await _editor.GetStringAsync($"/library/{submission.Reference}?culture=cy"));
        var qa = page.QuerySelector("[data-testid=agreement-qa]")!;
        Assert.Equal("Yn aros", qa.QuerySelector("[data-testid=qa-state]")!.TextContent);
        Assert.Contains("Sicrhau ansawdd a chymeradwyo", qa.TextContent);
        Assert.Single(qa.QuerySelectorAll("[data-testid=qa-rounds] tbody tr"));
        Assert.Equal([$"/qa/agreements/{submission.AgreementId}"], qa.QuerySelectorAll("[data-testid=qa-links] a").Select(a => a.GetAttribute("href")));
        var reviewerLinks = new HtmlParser().ParseDocument(await _reviewer.GetStringAsync($"/library/{submission.Reference}"))
            .QuerySelectorAll("[data-testid=qa-links] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal([$"/qa/submissions/{submission.Id}", $"/qa/agreements/{submission.AgreementId}"], reviewerLinks);
        var maracForThePublic = new HtmlParser().ParseDocument(await fixture.Factory.CreateClient().GetStringAsync("/library/ISP-2012-0001"));
        Assert.Contains("9", maracForThePublic.QuerySelector("[data-testid=qa-sign-off-progress]")!.TextContent);
        Assert.Null(maracForThePublic.QuerySelector("[data-testid=qa-links]"));

        var draft = QaScenario.Node(await GraphQLClient.PostAsync(_editor,
            "mutation($input: CreateAgreementInput!) { createAgreement(input: $input) { reference } }", null,
            new { input = QaScenario.TorfaenDraft("Torfaen Young Carers Information Sharing Protocol") }), "createAgreement");
        var draftPage = new HtmlParser().ParseDocument(await _editor.GetStringAsync($"/library/{draft.GetProperty("reference").GetString()}"));
        Assert.Null(draftPage.QuerySelector("[data-testid=agreement-qa]"));
    }

    private const System.Text.Json.JsonValueKind JsonValueKindNull = System.Text.Json.JsonValueKind.Null;
}
