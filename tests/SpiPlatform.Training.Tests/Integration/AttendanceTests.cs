using SpiPlatform.SharedKernel.Messaging;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.TestKit;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.DemoData;
using SpiPlatform.Training.Domain;

namespace SpiPlatform.Training.Tests.Integration;

[Collection(TrainingCollection.Collection)]
public sealed class AttendanceTests(TrainingFixture fixture) : IAsyncLifetime
{
    private static readonly Guid Briefing = TrainingDemoSeeder.CourseId(CourseKind.WaspiBriefing);
    private HttpClient _programme = null!;
    private HttpClient _editor = null!;
    private HttpClient _trainer = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        _editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        _trainer = await fixture.StaffClientAsync(NeedsScenario.Trainer);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<Guid> ScheduleAsync(int capacity = 10, Guid? courseId = null)
    {
        var input = TrainingScenario.SessionInput(courseId ?? Briefing, capacity);
        var withTrainer = new Dictionary<string, object?>(input.GetType().GetProperties().Select(p => KeyValuePair.Create(p.Name, p.GetValue(input))))
        {
            ["trainerEmail"] = NeedsScenario.Trainer,
        };
        return NeedsScenario.Id(await TrainingScenario.ScheduleAsync(_programme, withTrainer), "scheduleSession");
    }

    private Task<Completion?> CompletionAsync(Guid enrolmentId)
        => NeedsScenario.WithDbAsync(fixture, db => db.Completions.AsNoTracking().FirstOrDefaultAsync(c => c.EnrolmentId == enrolmentId));

    /// <summary>Runs the dispatcher, then waits for the run the completion itself queued (which may hold the message).</summary>
    private async Task DeliverOutboxAsync()
    {
        await fixture.Factory.Services.DispatchOutboxAsync();
        await fixture.Factory.Services.QueuedJobsFinishedAsync();
    }

    private Task<TrainingNeed> NeedAsync(Guid id) => NeedsScenario.WithDbAsync(fixture, db => db.Needs.AsNoTracking().FirstAsync(n => n.Id == id));

    [Fact]
    public async Task The_trainer_records_a_completion_that_expires_after_the_course_months_and_meets_the_organisations_need_in_the_same_transaction()
    {
        var frailty = await NeedsScenario.AgreementAsync(fixture, NeedsScenario.GwentFrailty);
        var needId = NeedsScenario.Id(await NeedsScenario.RaiseAsync(_programme, frailty.Id, DemoOrganisationIds.EditorOrganisation, Briefing), "raiseTrainingNeed");
        var sessionId = await ScheduleAsync();
        var place = NeedsScenario.Id(await TrainingScenario.EnrolAsync(_editor, sessionId), "enrolInSession");
        await NeedsScenario.StartNowAsync(fixture, sessionId);

        var recorded = TrainingScenario.Node(await NeedsScenario.RecordAsync(_trainer, place, attended: true, completed: true), "recordAttendance");

        Assert.True(recorded.GetProperty("completed").GetBoolean());
        Assert.Equal(DemoOrganisationIds.EditorOrganisation.ToString(), recorded.GetProperty("organisationId").GetString());
        Assert.Equal(needId.ToString(), Assert.Single(recorded.GetProperty("needsMet").EnumerateArray()).GetProperty("id").GetString());
        var completion = (await CompletionAsync(place))!;
        Assert.Equal(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow.AddHours(-1), SharedKernel.WalesClock.TimeZone).DateTime), completion.CompletedOn);
        Assert.Equal(completion.CompletedOn.AddMonths(36), completion.ExpiresOn);
        var need = await NeedAsync(needId);
        Assert.Equal(TrainingNeedStatus.Met, need.Status);
        Assert.Equal(completion.Id, need.MetByCompletionId);
        var events = await NeedsScenario.WithDbAsync(fixture, db => db.Set<OutboxMessage>().AsNoTracking().Select(m => m.EventType).ToListAsync());
        Assert.Contains(IntegrationEventTypes.NameOf(typeof(TrainingCompleted)), events);
        Assert.Contains(IntegrationEventTypes.NameOf(typeof(TrainingNeedMet)), events);

        // Ticking it again records nothing new; withdrawing it is refused.
        TrainingScenario.Node(await NeedsScenario.RecordAsync(_trainer, place, true, true), "recordAttendance");
        Assert.Equal(1, await NeedsScenario.WithDbAsync(fixture, db => db.Completions.CountAsync(c => c.EnrolmentId == place)));
        Assert.Equal(["CONFLICT"], (await NeedsScenario.RecordAsync(_trainer, place, true, false)).ErrorCodes);
        Assert.NotNull(await CompletionAsync(place));
    }

    [Fact]
    public async Task Completing_the_facilitator_course_puts_the_person_on_the_facilitator_register_once_even_when_the_event_comes_again()
    {
        const string email = "new.facilitator@ceredigion.demo.spi.wales";
        var ceredigion = DemoOrganisationIds.Of("Ceredigion County Council");
        var sessionId = await ScheduleAsync(courseId: TrainingDemoSeeder.CourseId(CourseKind.IspFacilitatorCourse));
        var place = NeedsScenario.Id(await NeedsScenario.EnrolAsync(_programme, sessionId, email, ceredigion), "enrolInSession");
        await NeedsScenario.StartNowAsync(fixture, sessionId);
        Assert.False(await NeedsScenario.WithDbAsync(fixture, db => db.Facilitators.AnyAsync(f => f.Email == email)));

        TrainingScenario.Node(await NeedsScenario.RecordAsync(_trainer, place, attended: true, completed: true), "recordAttendance");
        await DeliverOutboxAsync();
        await NeedsScenario.WithDbAsync(fixture, db => db.Set<OutboxMessage>().ExecuteUpdateAsync(u => u.SetProperty(m => m.DispatchedAt, (DateTimeOffset?)null)));
        await DeliverOutboxAsync();

        var entry = Assert.Single(await NeedsScenario.WithDbAsync(fixture, db => db.Facilitators.AsNoTracking().Where(f => f.Email == email).ToListAsync()));
        Assert.Equal(ceredigion, entry.OrganisationId);
        Assert.Equal([ServiceArea.Ceredigion], entry.Areas);
        Assert.True(entry.FromCourseCompletion);
        Assert.Equal((await CompletionAsync(place))!.CompletedOn, entry.QualifiedOn);
    }

    [Fact]
    public async Task Completing_a_briefing_adds_nobody_to_the_facilitator_register()
    {
        const string email = "briefed.practitioner@ceredigion.demo.spi.wales";
        var sessionId = await ScheduleAsync();
        var place = NeedsScenario.Id(await NeedsScenario.EnrolAsync(_programme, sessionId, email, DemoOrganisationIds.Of("Ceredigion County Council")), "enrolInSession");
        await NeedsScenario.StartNowAsync(fixture, sessionId);

        TrainingScenario.Node(await NeedsScenario.RecordAsync(_trainer, place, attended: true, completed: true), "recordAttendance");
        await DeliverOutboxAsync();

        Assert.False(await NeedsScenario.WithDbAsync(fixture, db => db.Facilitators.AnyAsync(f => f.Email == email)));
    }

    [Fact]
    public async Task Attendance_without_completion_is_recorded_and_a_completion_without_attendance_is_refused()
    {
        var sessionId = await ScheduleAsync();
        var place = NeedsScenario.Id(await TrainingScenario.EnrolAsync(_editor, sessionId), "enrolInSession");
        await NeedsScenario.StartNowAsync(fixture, sessionId);

        Assert.True(TrainingScenario.Node(await NeedsScenario.RecordAsync(_trainer, place, true, false), "recordAttendance").GetProperty("attended").GetBoolean());
        var refused = await NeedsScenario.RecordAsync(_trainer, place, false, true);

        Assert.Equal(["VALIDATION_FAILED"], refused.ErrorCodes);
        Assert.Null(await CompletionAsync(place));
        Assert.True(await NeedsScenario.WithDbAsync(fixture, db => db.Enrolments.Where(e => e.Id == place).Select(e => e.Attended).FirstAsync()));
    }

    [Fact]
    public async Task A_completion_for_someone_waiting_or_cancelled_or_before_the_session_started_is_refused_and_changes_nothing()
    {
        var sessionId = await ScheduleAsync(capacity: 1);
        var place = NeedsScenario.Id(await TrainingScenario.EnrolAsync(_editor, sessionId), "enrolInSession");
        var waiting = NeedsScenario.Id(await TrainingScenario.EnrolAsync(_programme, sessionId, "waiting@torfaen.gov.uk"), "enrolInSession");
        var cancelled = NeedsScenario.Id(await TrainingScenario.EnrolAsync(_programme, sessionId, "gone@torfaen.gov.uk"), "enrolInSession");
        TrainingScenario.Node(await TrainingScenario.CancelAsync(_programme, cancelled), "cancelEnrolment");

        var early = await NeedsScenario.RecordAsync(_trainer, place, true, true);
        Assert.Equal(["VALIDATION_FAILED"], early.ErrorCodes);
        Assert.Contains("has not started yet", early.Body.ToString());

        await NeedsScenario.StartNowAsync(fixture, sessionId);
        var notEnrolled = await NeedsScenario.RecordAsync(_trainer, waiting, true, true);
        Assert.Equal(["VALIDATION_FAILED"], notEnrolled.ErrorCodes);
        Assert.Contains("Only a person with a place", notEnrolled.Body.ToString());
        Assert.Equal(["VALIDATION_FAILED"], (await NeedsScenario.RecordAsync(_trainer, cancelled, true, true)).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await NeedsScenario.RecordAsync(_trainer, Guid.NewGuid(), true, true)).ErrorCodes);

        Assert.Equal(0, await NeedsScenario.WithDbAsync(fixture, db => db.Completions.CountAsync(c => c.SessionId == sessionId)));
        Assert.False(await NeedsScenario.WithDbAsync(fixture, db => db.Enrolments.AnyAsync(e => e.SessionId == sessionId && e.Attended)));
    }

    [Fact]
    public async Task Only_the_trainer_the_programme_team_and_training_write_clients_record_attendance()
    {
        var sessionId = await ScheduleAsync();
        var mine = NeedsScenario.Id(await TrainingScenario.EnrolAsync(_editor, sessionId), "enrolInSession");
        var other = NeedsScenario.Id(await TrainingScenario.EnrolAsync(_programme, sessionId, "other@torfaen.gov.uk"), "enrolInSession");
        var third = NeedsScenario.Id(await TrainingScenario.EnrolAsync(_programme, sessionId, "third@torfaen.gov.uk"), "enrolInSession");
        await NeedsScenario.StartNowAsync(fixture, sessionId);
        var reader = await OAuthTokens.GetAsync(fixture.Factory.CreateClient(), OAuthTokens.Evaluator, OAuthTokens.EvaluatorSecret);
        var writer = await OAuthTokens.GetAsync(fixture.Factory.CreateClient(), OAuthTokens.Partner, OAuthTokens.PartnerSecret);

        Assert.Equal(["UNAUTHENTICATED"], (await NeedsScenario.RecordAsync(fixture.Factory.CreateClient(), mine, true, true)).ErrorCodes);
        // A person with a place may not mark themself completed.
        Assert.Equal(["FORBIDDEN"], (await NeedsScenario.RecordAsync(_editor, mine, true, true)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await NeedsScenario.RecordAsync(fixture.Factory.CreateClient(), mine, true, true, reader)).ErrorCodes);
        Assert.Null(await CompletionAsync(mine));

        TrainingScenario.Node(await NeedsScenario.RecordAsync(_trainer, mine, true, true), "recordAttendance");
        TrainingScenario.Node(await NeedsScenario.RecordAsync(_programme, other, true, true), "recordAttendance");
        TrainingScenario.Node(await NeedsScenario.RecordAsync(fixture.Factory.CreateClient(), third, true, true, writer), "recordAttendance");
        Assert.Equal(3, await NeedsScenario.WithDbAsync(fixture, db => db.Completions.CountAsync(c => c.SessionId == sessionId)));
    }

    [Fact]
    public async Task Capacity_never_goes_below_the_people_enrolled_and_more_places_promote_those_waiting_in_order()
    {
        var sessionId = await ScheduleAsync(capacity: 2);
        foreach (var who in new[] { "a@torfaen.gov.uk", "b@torfaen.gov.uk", "c@torfaen.gov.uk", "d@torfaen.gov.uk" })
        {
            TrainingScenario.Node(await TrainingScenario.EnrolAsync(_programme, sessionId, who), "enrolInSession");
        }

        var below = await NeedsScenario.CapacityAsync(_programme, sessionId, 1);
        Assert.Equal(["VALIDATION_FAILED"], below.ErrorCodes);
        Assert.Contains("below the 2 people already enrolled", below.Body.ToString());
        Assert.Equal(["FORBIDDEN"], (await NeedsScenario.CapacityAsync(_editor, sessionId, 5)).ErrorCodes);
        Assert.Equal(["UNAUTHENTICATED"], (await NeedsScenario.CapacityAsync(fixture.Factory.CreateClient(), sessionId, 5)).ErrorCodes);
        Assert.Equal(2, await NeedsScenario.WithDbAsync(fixture, db => db.Sessions.Where(s => s.Id == sessionId).Select(s => s.Capacity).FirstAsync()));

        var grown = TrainingScenario.Node(await NeedsScenario.CapacityAsync(_programme, sessionId, 3), "changeSessionCapacity");
        Assert.Equal(3, grown.GetProperty("enrolled").GetInt32());
        Assert.Equal(1, grown.GetProperty("waiting").GetInt32());
        var enrolled = await NeedsScenario.WithDbAsync(fixture, db => db.Enrolments.Where(e => e.SessionId == sessionId && e.Status == EnrolmentStatus.Enrolled)
            .Select(e => e.Email).ToListAsync());
        Assert.Equal(["a@torfaen.gov.uk", "b@torfaen.gov.uk", "c@torfaen.gov.uk"], enrolled.Order());

        await NeedsScenario.StartNowAsync(fixture, sessionId);
        Assert.Equal(["VALIDATION_FAILED"], (await NeedsScenario.CapacityAsync(_programme, sessionId, 10)).ErrorCodes);
    }
}
