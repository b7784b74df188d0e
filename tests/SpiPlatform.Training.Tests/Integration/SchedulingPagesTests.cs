using System.Net;
using AngleSharp.Html.Parser;
using SpiPlatform.TestKit;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Data;
using SpiPlatform.Training.DemoData;

namespace SpiPlatform.Training.Tests.Integration;

[Collection(TrainingCollection.Collection)]
public sealed class SchedulingPagesTests(TrainingFixture fixture) : IAsyncLifetime
{
    private const string Path = "/training/sessions/new";
    private static readonly Guid Facilitation = TrainingDemoSeeder.CourseId(CourseKind.IspFacilitatorCourse);
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

    private static (string, string)[] Fields(string date, string start = "09:30", string end = "16:00", string capacity = "16", string venue = "County Hall, Llandrindod Wells", string area = "Powys", bool online = false) =>
    [
        ("Form.CourseId", Facilitation.ToString()), ("Form.Date", date), ("Form.StartTime", start), ("Form.EndTime", end),
        ("Form.Venue", venue), ("Form.Area", area), ("Form.Capacity", capacity), ("Form.TrainerEmail", "trainer@demo.spi.wales"),
        .. online ? new[] { ("Form.IsOnline", "true") } : [],
    ];

    /// <summary>The demo data has its own sessions, so tests compare with the count they started with.</summary>
    private async Task<int> SessionCountAsync()
    {
        using var scope = fixture.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Sessions.CountAsync();
    }

    [Fact]
    public async Task The_programme_team_schedules_a_session_in_welsh_local_time_and_bad_input_is_shown_again_at_422()
    {
        var before = await SessionCountAsync();
        var token = await StaffLogin.AntiforgeryTokenAsync(_programme, Path);
        var past = DateTime.UtcNow.AddDays(-3).ToString("yyyy-MM-dd");
        var summer = $"{DateTime.UtcNow.Year + 1}-07-15";

        using var bad = await _programme.PostAsync(Path, Form(token, Fields(past, start: "16:00", end: "09:00", capacity: "0", venue: "")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        var summary = new HtmlParser().ParseDocument(await bad.Content.ReadAsStringAsync()).QuerySelector("[data-testid=error-summary]")!;
        var links = summary.QuerySelectorAll("a").Select(a => (a.GetAttribute("href"), a.TextContent.Trim())).ToList();
        Assert.Contains(("#startsAt", "A session cannot be scheduled in the past."), links);
        Assert.Contains(("#endsAt", "A session must end after it starts."), links);
        Assert.Contains(("#capacity", "A session needs at least one place."), links);
        Assert.Contains(("#venue", "A session that is not online needs a venue."), links);
        using var noDate = await _programme.PostAsync(Path, Form(token, Fields("")));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noDate.StatusCode);
        Assert.Contains("Give the date and start time.", await noDate.Content.ReadAsStringAsync());
        Assert.Equal(before, await SessionCountAsync());

        using var ok = await _programme.PostAsync(Path, Form(token, Fields(summer)));

        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var page = await _programme.GetStringAsync(ok.Headers.Location!.OriginalString);
        Assert.Contains("The session is in the calendar.", page);
        Assert.EndsWith("09:30–16:00", new HtmlParser().ParseDocument(page).QuerySelector("[data-testid=when]")!.TextContent.Trim());
        using var scope = fixture.Factory.Services.CreateScope();
        var session = await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Sessions.OrderByDescending(s => s.CreatedAt).FirstAsync();
        Assert.Equal(new DateTimeOffset(DateTime.UtcNow.Year + 1, 7, 15, 8, 30, 0, TimeSpan.Zero), session.StartsAt);

        using var welsh = await _programme.PostAsync($"{Path}?culture=cy", Form(token, Fields(past)));
        Assert.Contains("Ni ellir trefnu", await welsh.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Only_the_programme_team_may_open_or_post_the_scheduling_form()
    {
        var before = await SessionCountAsync();
        using (var get = await _editor.GetAsync(Path))
        {
            Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        }
        var token = await StaffLogin.AntiforgeryTokenAsync(_editor, "/training/calendar");
        using var post = await _editor.PostAsync(Path, Form(token, Fields($"{DateTime.UtcNow.Year + 1}-07-15")));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(before, await SessionCountAsync());
        var anonymous = fixture.Factory.CreateClient(new() { AllowAutoRedirect = false });
        using var challenged = await anonymous.GetAsync(Path);
        Assert.Equal(HttpStatusCode.Redirect, challenged.StatusCode);
        Assert.Contains("/account/login", challenged.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task The_calendar_groups_upcoming_sessions_by_month_with_welsh_month_names()
    {
        var year = DateTime.UtcNow.Year + 1;
        foreach (var (month, day) in new[] { (1, 20), (3, 4), (3, 18) })
        {
            var start = new DateTimeOffset(year, month, day, 10, 0, 0, TimeSpan.Zero);
            TrainingScenario.Node(await TrainingScenario.ScheduleAsync(_programme, new
            {
                courseId = Facilitation, startsAt = start.ToString("O"), endsAt = start.AddHours(2).ToString("O"), isOnline = true,
                capacity = 10, trainerEmail = "trainer@demo.spi.wales",
            }), "scheduleSession");
        }
        var anonymous = fixture.Factory.CreateClient();

        var english = new HtmlParser().ParseDocument(await anonymous.GetStringAsync("/training/calendar"));
        var welsh = new HtmlParser().ParseDocument(await anonymous.GetStringAsync("/training/calendar?culture=cy"));

        var months = english.QuerySelectorAll("[data-testid=month]");
        Assert.Equal([$"January {year}", $"March {year}"], months.Select(m => m.QuerySelector("h2")!.TextContent.Trim()));
        Assert.Equal([1, 2], months.Select(m => m.QuerySelectorAll("tbody tr").Length));
        Assert.Equal([$"Ionawr {year}", $"Mawrth {year}"], welsh.QuerySelectorAll("[data-testid=month] h2").Select(h => h.TextContent.Trim()));
        Assert.Contains("Calendr hyfforddiant", welsh.Body!.TextContent);
        Assert.Empty(english.QuerySelectorAll("[data-testid=schedule-session]"));
        Assert.Single(new HtmlParser().ParseDocument(await _programme.GetStringAsync("/training/calendar")).QuerySelectorAll("[data-testid=schedule-session]"));
    }
}
