using System.Net;
using AngleSharp.Html.Parser;
using SpiPlatform.TestKit;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.DemoData;

namespace SpiPlatform.Training.Tests.Integration;

[Collection(TrainingCollection.Collection)]
public sealed class TrainingPagesTests(TrainingFixture fixture) : IAsyncLifetime
{
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

    private static string Text(string html, string testId) => new HtmlParser().ParseDocument(html).QuerySelector($"[data-testid={testId}]")?.TextContent.Trim() ?? "";

    private async Task<Guid> ScheduleAsync(int capacity)
    {
        var session = TrainingScenario.Node(await TrainingScenario.ScheduleAsync(_programme,
            TrainingScenario.SessionInput(TrainingDemoSeeder.CourseId(CourseKind.WaspiBriefing), capacity)), "scheduleSession");
        return Guid.Parse(session.GetProperty("id").GetString()!);
    }

    [Fact]
    public async Task The_catalogue_lists_the_courses_and_their_upcoming_sessions_in_english_and_welsh()
    {
        var id = await ScheduleAsync(12);
        var anonymous = fixture.Factory.CreateClient();

        var english = await anonymous.GetStringAsync("/training");
        var welsh = await anonymous.GetStringAsync("/training?culture=cy");

        Assert.Contains("WASPI briefing", english);
        Assert.Contains("ISP facilitator course", english);
        Assert.Contains($"/training/sessions/{id}", english);
        Assert.Contains("12 places left", english);
        Assert.Contains("Sesiwn friffio WASPI", welsh);
        Assert.Contains("12 lle ar ôl", new HtmlParser().ParseDocument(welsh).Body!.TextContent);
        Assert.Contains("Hyfforddiant", welsh);
    }

    [Fact]
    public async Task Without_javascript_a_member_of_staff_enrols_and_cancels_with_post_redirect_get()
    {
        var id = await ScheduleAsync(1);
        var path = $"/training/sessions/{id}";
        var before = await _editor.GetStringAsync(path);
        Assert.Equal("1 of 1 places left", Text(before, "places-left"));
        var token = await StaffLogin.AntiforgeryTokenAsync(_editor, path);

        using var enrolled = await _editor.PostAsync($"{path}?handler=enrol", Form(token));

        Assert.Equal(HttpStatusCode.Redirect, enrolled.StatusCode);
        Assert.Equal(path, enrolled.Headers.Location!.OriginalString);
        var after = await _editor.GetStringAsync(path);
        Assert.Equal("0 of 1 places left", Text(after, "places-left"));
        Assert.Equal("You have a place on this session.", Text(after, "message"));

        // Enrolling again (a second tab) is refused at 422 with the error summary, nothing changed.
        using var twice = await _editor.PostAsync($"{path}?handler=enrol", Form(token));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, twice.StatusCode);
        Assert.Contains("This person is already enrolled on this session or on its waiting list.", await twice.Content.ReadAsStringAsync());

        var enrolmentId = new HtmlParser().ParseDocument(after).QuerySelector("input[name=enrolmentId]")!.GetAttribute("value")!;
        using var cancelled = await _editor.PostAsync($"{path}?handler=cancel", Form(token, ("enrolmentId", enrolmentId)));
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal("1 of 1 places left", Text(await _editor.GetStringAsync(path), "places-left"));
    }

    [Fact]
    public async Task With_htmx_the_panel_is_swapped_and_a_full_session_puts_you_on_the_waiting_list_in_welsh()
    {
        var id = await ScheduleAsync(1);
        var path = $"/training/sessions/{id}";
        var token = await StaffLogin.AntiforgeryTokenAsync(_programme, path);
        using (var first = await _programme.PostAsync($"{path}?handler=enrol", Form(token)))
        {
            Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        }
        var editorToken = await StaffLogin.AntiforgeryTokenAsync(_editor, path);
        using var htmx = new HttpRequestMessage(HttpMethod.Post, $"{path}?handler=enrol&culture=cy") { Content = Form(editorToken) };
        htmx.Headers.Add("HX-Request", "true");

        using var response = await _editor.SendAsync(htmx);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<html", html);
        Assert.StartsWith("<div id=\"enrolment-panel\"", html.Trim());
        Assert.Equal("Chi yw rhif 1 ar y rhestr aros.", Text(html, "my-status"));
    }

    [Fact]
    public async Task Anonymous_readers_see_the_session_and_are_asked_to_sign_in_to_enrol()
    {
        var id = await ScheduleAsync(3);
        var anonymous = fixture.Factory.CreateClient(new() { AllowAutoRedirect = false });

        var html = await anonymous.GetStringAsync($"/training/sessions/{id}");

        Assert.Contains("Sign in to enrol", html);
        Assert.Empty(new HtmlParser().ParseDocument(html).QuerySelectorAll("[data-testid=enrol]"));
        using var missing = await anonymous.GetAsync($"/training/sessions/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
