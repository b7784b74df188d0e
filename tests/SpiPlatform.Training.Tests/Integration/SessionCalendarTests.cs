using System.Net;
using Ical.Net;
using SpiPlatform.TestKit;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.DemoData;

namespace SpiPlatform.Training.Tests.Integration;

[Collection(TrainingCollection.Collection)]
public sealed class SessionCalendarTests(TrainingFixture fixture) : IAsyncLifetime
{
    private HttpClient _programme = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<Guid> ScheduleAsync(DateTimeOffset start, bool online)
    {
        var session = TrainingScenario.Node(await TrainingScenario.ScheduleAsync(_programme, new
        {
            courseId = TrainingDemoSeeder.CourseId(CourseKind.IspFacilitatorCourse), startsAt = start.ToString("O"), endsAt = start.AddHours(6).ToString("O"),
            isOnline = online, venue = online ? null : "County Hall, Llandrindod Wells", area = online ? null : "POWYS", capacity = 16,
            trainerEmail = "trainer@demo.spi.wales",
        }), "scheduleSession");
        return Guid.Parse(session.GetProperty("id").GetString()!);
    }

    [Theory]
    [InlineData(7, 1)] // British Summer Time: 09:30 in Wales is 08:30 UTC
    [InlineData(1, 0)] // Greenwich Mean Time: 09:30 in Wales is 09:30 UTC
    public async Task The_calendar_file_holds_the_session_in_Europe_London_time_with_its_time_zone(int month, int offsetHours)
    {
        var start = new DateTimeOffset(DateTime.UtcNow.Year + 1, month, 15, 9, 30, 0, TimeSpan.FromHours(offsetHours));
        var id = await ScheduleAsync(start, online: false);

        using var response = await fixture.Factory.CreateClient().GetAsync($"/training/sessions/{id}.ics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;
        Assert.Contains(calendar.TimeZones, tz => tz.TzId == "Europe/London");
        var ev = Assert.Single(calendar.Events);
        Assert.Equal("Europe/London", ev.DtStart!.TzId);
        Assert.Equal(new DateTime(start.Year, month, 15, 9, 30, 0), ev.DtStart.Value);
        Assert.Equal(start.UtcDateTime, ev.DtStart.AsUtc);
        Assert.Equal(start.AddHours(6).UtcDateTime, ev.DtEnd!.AsUtc);
        Assert.Equal("ISP facilitator course", ev.Summary);
        Assert.Equal("County Hall, Llandrindod Wells, Powys", ev.Location);
        Assert.Equal($"training-session-{id}@spi.wales", ev.Uid);
    }

    [Fact]
    public async Task The_title_is_in_the_readers_language_the_uid_is_stable_and_online_sessions_say_so()
    {
        var id = await ScheduleAsync(DateTimeOffset.UtcNow.AddDays(20), online: true);
        var anonymous = fixture.Factory.CreateClient();

        var english = Calendar.Load(await anonymous.GetStringAsync($"/training/sessions/{id}.ics"))!.Events.Single();
        var welsh = Calendar.Load(await anonymous.GetStringAsync($"/training/sessions/{id}.ics?culture=cy"))!.Events.Single();

        Assert.Equal("Cwrs hwyluswyr ISP", welsh.Summary);
        Assert.Equal("Ar-lein", welsh.Location);
        Assert.Equal("Online", english.Location);
        Assert.Equal(english.Uid, welsh.Uid);
        Assert.Contains($"/training/sessions/{id}.ics", await anonymous.GetStringAsync($"/training/sessions/{id}"));
        using var missing = await anonymous.GetAsync($"/training/sessions/{Guid.NewGuid()}.ics");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
