using System.Net;
using AngleSharp.Html.Parser;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.TestKit;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.DemoData;
using SpiPlatform.Training.Domain;

namespace SpiPlatform.Training.Tests.Integration;

[Collection(TrainingCollection.Collection)]
public sealed class AttendanceAndNeedsPagesTests(TrainingFixture fixture) : IAsyncLifetime
{
    private static readonly Guid Briefing = TrainingDemoSeeder.CourseId(CourseKind.WaspiBriefing);
    private HttpClient _programme = null!;
    private HttpClient _editor = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        _editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static FormUrlEncodedContent Form(string token, params (string Name, string Value)[] fields)
        => new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)).Append(KeyValuePair.Create("__RequestVerificationToken", token)));

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    [Fact]
    public async Task Without_javascript_the_programme_team_ticks_a_completion_on_the_attendance_sheet_and_a_refusal_is_422()
    {
        var frailty = await NeedsScenario.AgreementAsync(fixture, NeedsScenario.GwentFrailty);
        var needId = NeedsScenario.Id(await NeedsScenario.RaiseAsync(_programme, frailty.Id, DemoOrganisationIds.EditorOrganisation, Briefing), "raiseTrainingNeed");
        var sessionId = NeedsScenario.Id(await TrainingScenario.ScheduleAsync(_programme, TrainingScenario.SessionInput(Briefing, 5)), "scheduleSession");
        var place = NeedsScenario.Id(await TrainingScenario.EnrolAsync(_editor, sessionId), "enrolInSession");
        var path = $"/training/sessions/{sessionId}/attendance";

        // Before the session starts the sheet is there but ticking is refused, at 422 with the error summary.
        var token = await StaffLogin.AntiforgeryTokenAsync(_programme, path);
        using var early = await _programme.PostAsync(path, Form(token, ("enrolmentId", place.ToString()), ("attended", "true"), ("completed", "true")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, early.StatusCode);
        Assert.Contains("This session has not started yet", await early.Content.ReadAsStringAsync());
        Assert.False(await NeedsScenario.WithDbAsync(fixture, db => db.Completions.AnyAsync(c => c.EnrolmentId == place)));

        await NeedsScenario.StartNowAsync(fixture, sessionId);
        using var recorded = await _programme.PostAsync(path, Form(token, ("enrolmentId", place.ToString()), ("attended", "true"), ("completed", "true")));

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var sheet = Parse(await _programme.GetStringAsync(path));
        Assert.Contains("1 training needs of their organisation are now met", sheet.QuerySelector("[data-testid=message]")!.TextContent);
        Assert.StartsWith("Completed ", sheet.QuerySelector("[data-testid=completed-on]")!.TextContent);
        Assert.NotNull(sheet.QuerySelector("[data-testid=expires-on]"));
        Assert.Equal(TrainingNeedStatus.Met, (await NeedsScenario.WithDbAsync(fixture, db => db.Needs.AsNoTracking().FirstAsync(n => n.Id == needId))).Status);

        // In Welsh, with htmx: only the row comes back.
        using var htmx = new HttpRequestMessage(HttpMethod.Post, $"{path}?culture=cy") { Content = Form(token, ("enrolmentId", place.ToString()), ("attended", "true"), ("completed", "true")) };
        htmx.Headers.Add("HX-Request", "true");
        using var row = await _programme.SendAsync(htmx);
        var rowHtml = await row.Content.ReadAsStringAsync();
        Assert.StartsWith($"<tr id=\"row-{place}\"", rowHtml.Trim());
        Assert.Contains("Wedi cwblhau", rowHtml);
    }

    [Fact]
    public async Task Only_the_trainer_and_the_programme_team_open_the_attendance_sheet()
    {
        var sessionId = NeedsScenario.Id(await TrainingScenario.ScheduleAsync(_programme, TrainingScenario.SessionInput(Briefing, 5)), "scheduleSession");
        var path = $"/training/sessions/{sessionId}/attendance";
        var anonymous = fixture.Factory.CreateClient(new() { AllowAutoRedirect = false });

        using var editor = await _editor.GetAsync(path);
        using var nobody = await anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, editor.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, nobody.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _programme.GetAsync(path)).StatusCode);
        Assert.Contains("Record attendance", await _programme.GetStringAsync($"/training/sessions/{sessionId}"));
        Assert.DoesNotContain("Record attendance", await _editor.GetStringAsync($"/training/sessions/{sessionId}"));
    }

    [Fact]
    public async Task The_agreement_board_shows_each_partners_need_and_the_coordinator_cancels_one_only_with_a_reason()
    {
        var flyingStart = await NeedsScenario.AgreementAsync(fixture, TrainingNeedsDemoSeeder.FlyingStart);
        var needId = NeedsScenario.Id(await NeedsScenario.RaiseAsync(_editor, flyingStart.Id, DemoOrganisationIds.EditorOrganisation, TrainingDemoSeeder.CourseId(CourseKind.StudyDay)), "raiseTrainingNeed");
        var path = $"/training/needs/agreements/{flyingStart.Id}";

        var board = Parse(await _editor.GetStringAsync(path));
        var rows = board.QuerySelectorAll("[data-testid=need-row]");
        Assert.Equal(flyingStart.PartnerIds.Distinct().Count() + 1, rows.Length);
        Assert.Equal(flyingStart.PartnerIds.Distinct().Count(), rows.Count(r => r.GetAttribute("data-status") == "Met"));
        Assert.Contains("Met", rows.First(r => r.GetAttribute("data-status") == "Met").QuerySelector("[data-testid=need-status]")!.TextContent);
        // A met need offers no actions.
        Assert.Empty(rows.First(r => r.GetAttribute("data-status") == "Met").QuerySelectorAll("form"));

        var token = await StaffLogin.AntiforgeryTokenAsync(_editor, path);
        using var noReason = await _editor.PostAsync($"{path}?handler=cancel", Form(token, ("needId", needId.ToString()), ("reason", "")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noReason.StatusCode);
        Assert.Contains("Give the reason for cancelling the training need.", await noReason.Content.ReadAsStringAsync());
        Assert.Equal(TrainingNeedStatus.Identified, (await NeedsScenario.WithDbAsync(fixture, db => db.Needs.AsNoTracking().FirstAsync(n => n.Id == needId))).Status);

        using var cancelled = await _editor.PostAsync($"{path}?handler=cancel", Form(token, ("needId", needId.ToString()), ("reason", "Briefed in-house")));
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var welsh = Parse(await _editor.GetStringAsync($"{path}?culture=cy"));
        Assert.Contains("Wedi'i ganslo", welsh.QuerySelector($"#need-{needId} [data-testid=need-status]")!.TextContent);
        Assert.Contains("Anghenion hyfforddi", welsh.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task The_organisation_board_and_the_agreement_panel_show_the_needs_and_anonymous_readers_see_neither()
    {
        var pova = await NeedsScenario.AgreementAsync(fixture, TrainingNeedsDemoSeeder.PovaPowys);
        var powys = DemoOrganisationIds.Of("Powys County Council");
        var anonymous = fixture.Factory.CreateClient(new() { AllowAutoRedirect = false });

        var board = Parse(await _programme.GetStringAsync($"/training/needs/organisations/{powys}"));
        Assert.Equal("Identified", Assert.Single(board.QuerySelectorAll("[data-testid=need-row]")).GetAttribute("data-status"));
        var agreementPage = Parse(await _programme.GetStringAsync($"/library/{pova.Reference}"));
        var panel = agreementPage.QuerySelector("[data-testid=agreement-training-needs]")!;
        Assert.Equal(pova.PartnerIds.Distinct().Count().ToString(), panel.QuerySelector("[data-testid=needs-identified]")!.TextContent.Trim());
        Assert.Contains($"/training/needs/agreements/{pova.Id}", panel.InnerHtml);

        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync($"/training/needs/organisations/{powys}")).StatusCode);
        // The live Flying Start agreement is public; its training panel is for signed-in staff only.
        Assert.DoesNotContain("agreement-training-needs", await anonymous.GetStringAsync($"/library/{TrainingNeedsDemoSeeder.FlyingStart}"));
        Assert.Contains("agreement-training-needs", await _editor.GetStringAsync($"/library/{TrainingNeedsDemoSeeder.FlyingStart}"));
        Assert.Equal(HttpStatusCode.NotFound, (await _programme.GetAsync($"/training/needs/agreements/{Guid.NewGuid()}")).StatusCode);
    }
}
