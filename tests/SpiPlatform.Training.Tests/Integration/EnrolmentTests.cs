using System.Security.Claims;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.TestKit;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Data;
using SpiPlatform.Training.DemoData;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.Features.Enrol;
using SpiPlatform.Training.Features.ScheduleSession;

namespace SpiPlatform.Training.Tests.Integration;

[Collection(TrainingCollection.Collection)]
public sealed class EnrolmentTests(TrainingFixture fixture) : IAsyncLifetime
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

    private static ClaimsPrincipal Client(params string[] scopes)
        => new(new ClaimsIdentity([new("client_id", "demo-partner"), .. scopes.Select(s => new Claim(SpiClaims.Scope, s))], "test"));

    private async Task<Guid> ScheduleAsync(int capacity)
    {
        var session = TrainingScenario.Node(await TrainingScenario.ScheduleAsync(_programme, TrainingScenario.SessionInput(Briefing, capacity)), "scheduleSession");
        return Guid.Parse(session.GetProperty("id").GetString()!);
    }

    private async Task<List<Enrolment>> EnrolmentsAsync(Guid sessionId)
    {
        using var scope = fixture.Factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Enrolments.AsNoTracking()
            .Where(e => e.SessionId == sessionId).OrderBy(e => e.Arrival).ToListAsync();
    }

    [Fact]
    public async Task The_programme_team_schedules_a_session_at_a_venue_shown_in_Welsh_local_time()
    {
        var session = TrainingScenario.Node(await TrainingScenario.ScheduleAsync(_programme, TrainingScenario.SessionInput(Briefing, 12)), "scheduleSession");

        Assert.Equal(12, session.GetProperty("capacity").GetInt32());
        Assert.Equal(12, session.GetProperty("placesLeft").GetInt32());
        Assert.Equal("TORFAEN", session.GetProperty("area").GetString());
        Assert.Equal("WASPI_BRIEFING", session.GetProperty("course").GetProperty("kind").GetString());
        var listed = TrainingScenario.Node(await GraphQLClient.PostAsync(fixture.Factory.CreateClient(),
            $"{{ sessions(filter: {{ courseId: \"{Briefing}\", area: TORFAEN }}) {{ totalCount edges {{ node {{ id }} }} }} }}"), "sessions");
        Assert.Equal(1, listed.GetProperty("totalCount").GetInt32());
        var none = TrainingScenario.Node(await GraphQLClient.PostAsync(fixture.Factory.CreateClient(),
            "{ sessions(filter: { area: GWYNEDD }) { totalCount } }"), "sessions");
        Assert.Equal(0, none.GetProperty("totalCount").GetInt32());
    }

    [Fact]
    public async Task Scheduling_is_refused_for_anonymous_callers_and_other_roles_and_bad_input_is_VALIDATION_FAILED()
    {
        var input = TrainingScenario.SessionInput(Briefing);
        Assert.Equal(["UNAUTHENTICATED"], (await TrainingScenario.ScheduleAsync(fixture.Factory.CreateClient(), input)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await TrainingScenario.ScheduleAsync(_editor, input)).ErrorCodes);

        var start = DateTimeOffset.UtcNow.AddDays(3);
        var bad = await TrainingScenario.ScheduleAsync(_programme, new
        {
            courseId = Guid.NewGuid(), startsAt = start.ToString("O"), endsAt = start.AddHours(-1).ToString("O"), isOnline = false,
            venue = (string?)null, area = (string?)null, capacity = 0, trainerEmail = "trainer@demo.spi.wales",
        });

        Assert.All(bad.ErrorCodes, c => Assert.Equal("VALIDATION_FAILED", c));
        Assert.Equal(5, bad.ErrorCodes.Count);
        using var scope = fixture.Factory.Services.CreateScope();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Sessions.CountAsync(s => s.TrainerEmail == "trainer@demo.spi.wales"));
    }

    [Fact]
    public async Task A_signed_in_member_of_staff_enrols_themself_once_and_cancels_their_place()
    {
        var sessionId = await ScheduleAsync(5);

        var enrolled = TrainingScenario.Node(await TrainingScenario.EnrolAsync(_editor, sessionId), "enrolInSession");
        Assert.Equal("ENROLLED", enrolled.GetProperty("status").GetString());
        Assert.Equal(StaffLogin.OrganisationEditor, enrolled.GetProperty("email").GetString());

        var twice = await TrainingScenario.EnrolAsync(_editor, sessionId);
        Assert.Equal(["CONFLICT"], twice.ErrorCodes);
        Assert.Single(await EnrolmentsAsync(sessionId));

        var cancelled = TrainingScenario.Node(await TrainingScenario.CancelAsync(_editor, Guid.Parse(enrolled.GetProperty("id").GetString()!)), "cancelEnrolment");
        Assert.Equal("CANCELLED", cancelled.GetProperty("status").GetString());
        Assert.Equal("ENROLLED", TrainingScenario.Node(await TrainingScenario.EnrolAsync(_editor, sessionId), "enrolInSession").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Who_may_enrol_and_cancel()
    {
        var sessionId = await ScheduleAsync(5);
        Assert.Equal(["UNAUTHENTICATED"], (await TrainingScenario.EnrolAsync(fixture.Factory.CreateClient(), sessionId)).ErrorCodes);
        // A member of staff outside the programme team may not enrol someone else.
        Assert.Equal(["FORBIDDEN"], (await TrainingScenario.EnrolAsync(_editor, sessionId, "someone@example.org")).ErrorCodes);
        // A training:read client may not enrol anyone.
        var reader = await OAuthTokens.GetAsync(fixture.Factory.CreateClient(), OAuthTokens.Evaluator, OAuthTokens.EvaluatorSecret);
        Assert.Equal(["FORBIDDEN"], (await TrainingScenario.EnrolAsync(fixture.Factory.CreateClient(), sessionId, "someone@example.org", reader)).ErrorCodes);
        Assert.Empty(await EnrolmentsAsync(sessionId));

        // A training:write client enrols a named person; that person's place is not the editor's to cancel.
        var writer = await OAuthTokens.GetAsync(fixture.Factory.CreateClient(), OAuthTokens.Partner, OAuthTokens.PartnerSecret);
        var named = TrainingScenario.Node(await TrainingScenario.EnrolAsync(fixture.Factory.CreateClient(), sessionId, "Practitioner@Torfaen.gov.uk", writer), "enrolInSession");
        Assert.Equal("practitioner@torfaen.gov.uk", named.GetProperty("email").GetString());
        var id = Guid.Parse(named.GetProperty("id").GetString()!);

        Assert.Equal(["FORBIDDEN"], (await TrainingScenario.CancelAsync(_editor, id)).ErrorCodes);
        Assert.Equal(["UNAUTHENTICATED"], (await TrainingScenario.CancelAsync(fixture.Factory.CreateClient(), id)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await TrainingScenario.CancelAsync(fixture.Factory.CreateClient(), id, reader)).ErrorCodes);
        Assert.Equal(EnrolmentStatus.Enrolled, Assert.Single(await EnrolmentsAsync(sessionId)).Status);
    }

    [Fact]
    public async Task A_session_in_the_past_cannot_be_enrolled_into()
    {
        using var scope = fixture.Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<TrainingDbContext>();
        var past = new TrainingSession
        {
            Id = Guid.NewGuid(), CourseId = Briefing, StartsAt = DateTimeOffset.UtcNow.AddDays(-2), EndsAt = DateTimeOffset.UtcNow.AddDays(-2).AddHours(2),
            IsOnline = true, Capacity = 10, TrainerEmail = "trainer@demo.spi.wales", CreatedAt = DateTimeOffset.UtcNow.AddDays(-10),
        };
        db.Sessions.Add(past);
        await db.SaveChangesAsync();

        var response = await TrainingScenario.EnrolAsync(_editor, past.Id);

        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        Assert.Empty(await EnrolmentsAsync(past.Id));
    }

    [Fact]
    public async Task Fifty_truly_parallel_enrolments_into_twenty_places_enrol_twenty_and_queue_thirty_in_arrival_order_and_a_cancellation_promotes_the_first()
    {
        var sessionId = await ScheduleAsync(20);
        var client = Client(SpiScopes.TrainingWrite);

        var results = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => Task.Run(async () =>
        {
            using var scope = fixture.Factory.Services.CreateScope();
            return await scope.ServiceProvider.GetRequiredService<EnrolmentHandler>()
                .EnrolAsync(new EnrolInput(sessionId, $"person{i:00}@example.org", null), client, CancellationToken.None);
        })));

        Assert.All(results, r => Assert.True(r.Succeeded));
        var rows = await EnrolmentsAsync(sessionId);
        Assert.Equal(50, rows.Count);
        Assert.Equal(50, rows.Select(r => r.Email).Distinct().Count());
        Assert.Equal(20, rows.Count(r => r.Status == EnrolmentStatus.Enrolled));
        Assert.Equal(30, rows.Count(r => r.Status == EnrolmentStatus.Waiting));
        // In arrival order: every place went to someone who asked before everyone waiting, and each request saw the
        // places as the one before it left them (the handler's answer matches the row).
        Assert.True(rows.Where(r => r.Status == EnrolmentStatus.Enrolled).Max(r => r.Arrival)
            < rows.Where(r => r.Status == EnrolmentStatus.Waiting).Min(r => r.Arrival));
        Assert.Equal(rows.OrderBy(r => r.Arrival).Select(r => r.Id), rows.OrderBy(r => r.RequestedAt).ThenBy(r => r.Arrival).Select(r => r.Id));
        Assert.All(results, r => Assert.Equal(rows.Single(x => x.Id == r.Value!.Id).Status, r.Value!.Status));

        var firstWaiting = rows.First(r => r.Status == EnrolmentStatus.Waiting);
        var secondWaiting = rows.Where(r => r.Status == EnrolmentStatus.Waiting).Skip(1).First();
        using (var scope = fixture.Factory.Services.CreateScope())
        {
            var cancelled = await scope.ServiceProvider.GetRequiredService<EnrolmentHandler>()
                .CancelAsync(new CancelEnrolmentInput(rows[3].Id), client, CancellationToken.None);
            Assert.True(cancelled.Succeeded);
        }

        var after = await EnrolmentsAsync(sessionId);
        Assert.Equal(20, after.Count(r => r.Status == EnrolmentStatus.Enrolled));
        Assert.Equal(29, after.Count(r => r.Status == EnrolmentStatus.Waiting));
        Assert.Equal(EnrolmentStatus.Enrolled, after.Single(r => r.Id == firstWaiting.Id).Status);
        Assert.NotNull(after.Single(r => r.Id == firstWaiting.Id).PromotedAt);
        Assert.Equal(EnrolmentStatus.Waiting, after.Single(r => r.Id == secondWaiting.Id).Status);
        Assert.Equal(EnrolmentStatus.Cancelled, after.Single(r => r.Id == rows[3].Id).Status);
    }

    [Fact]
    public async Task Fifty_parallel_enrolments_over_HTTP_never_go_over_capacity()
    {
        var sessionId = await ScheduleAsync(20);
        var token = await OAuthTokens.GetAsync(fixture.Factory.CreateClient(), OAuthTokens.Partner, OAuthTokens.PartnerSecret);
        var clients = Enumerable.Range(0, 50).Select(_ => fixture.Factory.CreateClient()).ToList();

        var responses = await Task.WhenAll(clients.Select((c, i) => Task.Run(() => TrainingScenario.EnrolAsync(c, sessionId, $"http{i:00}@example.org", token))));

        Assert.All(responses, r => Assert.False(r.HasErrors, r.Body.ToString()));
        var rows = await EnrolmentsAsync(sessionId);
        Assert.Equal(20, rows.Count(r => r.Status == EnrolmentStatus.Enrolled));
        Assert.Equal(30, rows.Count(r => r.Status == EnrolmentStatus.Waiting));
    }
}
