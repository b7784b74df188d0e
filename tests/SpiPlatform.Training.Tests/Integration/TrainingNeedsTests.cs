using SpiPlatform.Signatories.Contracts;
using SpiPlatform.TestKit;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.DemoData;
using SpiPlatform.Training.Domain;

namespace SpiPlatform.Training.Tests.Integration;

[Collection(TrainingCollection.Collection)]
public sealed class TrainingNeedsTests(TrainingFixture fixture) : IAsyncLifetime
{
    private static readonly Guid Briefing = TrainingDemoSeeder.CourseId(CourseKind.WaspiBriefing);
    private static readonly Guid StudyDay = TrainingDemoSeeder.CourseId(CourseKind.StudyDay);
    private static readonly Guid Torfaen = DemoOrganisationIds.EditorOrganisation;
    private HttpClient _programme = null!;
    private HttpClient _editor = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        _editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private Task<TrainingNeed> NeedAsync(Guid id) => NeedsScenario.WithDbAsync(fixture, db => db.Needs.AsNoTracking().FirstAsync(n => n.Id == id));

    private async Task<Guid> SessionAsync(Guid course, int daysAhead = 14)
        => NeedsScenario.Id(await TrainingScenario.ScheduleAsync(_programme, TrainingScenario.SessionInput(course, 10, daysAhead)), "scheduleSession");

    [Fact]
    public async Task A_need_raised_by_hand_is_planned_onto_a_session_of_its_course_then_cancelled_with_a_reason()
    {
        var frailty = await NeedsScenario.AgreementAsync(fixture, NeedsScenario.GwentFrailty);
        var raised = TrainingScenario.Node(await NeedsScenario.RaiseAsync(_programme, frailty.Id, Torfaen, StudyDay), "raiseTrainingNeed");
        Assert.Equal("IDENTIFIED", raised.GetProperty("status").GetString());
        Assert.False(raised.GetProperty("raisedAutomatically").GetBoolean());
        var id = Guid.Parse(raised.GetProperty("id").GetString()!);
        Assert.Equal(["CONFLICT"], (await NeedsScenario.RaiseAsync(_programme, frailty.Id, Torfaen, StudyDay)).ErrorCodes);

        var session = await SessionAsync(StudyDay);
        var planned = TrainingScenario.Node(await NeedsScenario.PlanAsync(_programme, id, session), "planTrainingNeed");
        Assert.Equal("PLANNED", planned.GetProperty("status").GetString());
        Assert.Equal(session.ToString(), planned.GetProperty("sessionId").GetString());

        var noReason = await NeedsScenario.CancelAsync(_programme, id, "  ");
        Assert.Equal(["VALIDATION_FAILED"], noReason.ErrorCodes);
        Assert.Equal(TrainingNeedStatus.Planned, (await NeedAsync(id)).Status);

        var cancelled = TrainingScenario.Node(await NeedsScenario.CancelAsync(_programme, id, "Staff already briefed at the study day in Newport"), "cancelTrainingNeed");
        Assert.Equal("CANCELLED", cancelled.GetProperty("status").GetString());
        Assert.Equal(["CONFLICT"], (await NeedsScenario.PlanAsync(_programme, id, session)).ErrorCodes);
        Assert.Equal("Staff already briefed at the study day in Newport", (await NeedAsync(id)).CancelReason);
    }

    [Fact]
    public async Task Planning_onto_another_course_or_a_past_session_and_raising_for_a_non_partner_are_refused()
    {
        var frailty = await NeedsScenario.AgreementAsync(fixture, NeedsScenario.GwentFrailty);
        var id = NeedsScenario.Id(await NeedsScenario.RaiseAsync(_programme, frailty.Id, Torfaen, Briefing), "raiseTrainingNeed");
        var studyDay = await SessionAsync(StudyDay);
        var past = await SessionAsync(Briefing);
        await NeedsScenario.StartNowAsync(fixture, past);

        var otherCourse = await NeedsScenario.PlanAsync(_programme, id, studyDay);
        Assert.Equal(["VALIDATION_FAILED"], otherCourse.ErrorCodes);
        Assert.Contains("another course", otherCourse.Body.ToString());
        Assert.Equal(["VALIDATION_FAILED"], (await NeedsScenario.PlanAsync(_programme, id, past)).ErrorCodes);
        var need = await NeedAsync(id);
        Assert.Equal(TrainingNeedStatus.Identified, need.Status);
        Assert.Null(need.SessionId);

        var notPartner = await NeedsScenario.RaiseAsync(_programme, frailty.Id, DemoOrganisationIds.Of("Dyfed-Powys Police"), Briefing);
        Assert.Equal(["VALIDATION_FAILED"], notPartner.ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await NeedsScenario.RaiseAsync(_programme, Guid.NewGuid(), Torfaen, Briefing)).ErrorCodes);
    }

    [Fact]
    public async Task A_met_need_cannot_be_planned_or_cancelled()
    {
        var flyingStart = await NeedsScenario.AgreementAsync(fixture, TrainingNeedsDemoSeeder.FlyingStart);
        var met = await NeedsScenario.WithDbAsync(fixture, db => db.Needs.AsNoTracking().FirstAsync(n => n.AgreementId == flyingStart.Id && n.Status == TrainingNeedStatus.Met));
        var session = await SessionAsync(Briefing);

        Assert.Equal(["CONFLICT"], (await NeedsScenario.PlanAsync(_programme, met.Id, session)).ErrorCodes);
        var cancel = await NeedsScenario.CancelAsync(_programme, met.Id, "No longer needed");
        Assert.Equal(["CONFLICT"], cancel.ErrorCodes);
        Assert.Contains("has been met", cancel.Body.ToString());
        Assert.Equal(TrainingNeedStatus.Met, (await NeedAsync(met.Id)).Status);
    }

    [Fact]
    public async Task The_coordinators_editor_and_the_programme_team_manage_needs_and_others_may_not()
    {
        // The demo editor edits Torfaen County Borough Council: coordinator of Flying Start, a mere partner in Gwent Frailty.
        var flyingStart = await NeedsScenario.AgreementAsync(fixture, TrainingNeedsDemoSeeder.FlyingStart);
        var frailty = await NeedsScenario.AgreementAsync(fixture, NeedsScenario.GwentFrailty);
        var reader = await OAuthTokens.GetAsync(fixture.Factory.CreateClient(), OAuthTokens.Evaluator, OAuthTokens.EvaluatorSecret);
        var writer = await OAuthTokens.GetAsync(fixture.Factory.CreateClient(), OAuthTokens.Partner, OAuthTokens.PartnerSecret);
        var qa = await fixture.StaffClientAsync(StaffLogin.QaReviewer);

        Assert.Equal(["UNAUTHENTICATED"], (await NeedsScenario.RaiseAsync(fixture.Factory.CreateClient(), frailty.Id, Torfaen, StudyDay)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await NeedsScenario.RaiseAsync(_editor, frailty.Id, Torfaen, StudyDay)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await NeedsScenario.RaiseAsync(qa, frailty.Id, Torfaen, StudyDay)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await NeedsScenario.RaiseAsync(fixture.Factory.CreateClient(), frailty.Id, Torfaen, StudyDay, reader)).ErrorCodes);
        Assert.False(await NeedsScenario.WithDbAsync(fixture, db => db.Needs.AnyAsync(n => n.AgreementId == frailty.Id)));

        var mine = NeedsScenario.Id(await NeedsScenario.RaiseAsync(_editor, flyingStart.Id, Torfaen, StudyDay), "raiseTrainingNeed");
        var theirs = NeedsScenario.Id(await NeedsScenario.RaiseAsync(fixture.Factory.CreateClient(), frailty.Id, Torfaen, StudyDay, writer), "raiseTrainingNeed");
        var session = await SessionAsync(StudyDay);

        Assert.Equal(["FORBIDDEN"], (await NeedsScenario.PlanAsync(_editor, theirs, session)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await NeedsScenario.CancelAsync(_editor, theirs, "Not ours")).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await NeedsScenario.CancelAsync(fixture.Factory.CreateClient(), theirs, "No", reader)).ErrorCodes);
        Assert.Equal(["UNAUTHENTICATED"], (await NeedsScenario.PlanAsync(fixture.Factory.CreateClient(), theirs, session)).ErrorCodes);
        Assert.Equal(TrainingNeedStatus.Identified, (await NeedAsync(theirs)).Status);

        TrainingScenario.Node(await NeedsScenario.PlanAsync(_editor, mine, session), "planTrainingNeed");
        TrainingScenario.Node(await NeedsScenario.PlanAsync(fixture.Factory.CreateClient(), theirs, session, writer), "planTrainingNeed");
        TrainingScenario.Node(await NeedsScenario.CancelAsync(_editor, mine, "Briefed in-house"), "cancelTrainingNeed");
    }

    [Fact]
    public async Task trainingNeeds_filters_by_agreement_organisation_and_status_for_staff_and_training_clients_only()
    {
        var flyingStart = await NeedsScenario.AgreementAsync(fixture, TrainingNeedsDemoSeeder.FlyingStart);
        var pova = await NeedsScenario.AgreementAsync(fixture, TrainingNeedsDemoSeeder.PovaPowys);
        var query = "query($f: TrainingNeedFilter) { trainingNeeds(filter: $f, first: 50) { totalCount edges { node { status organisationId } } } }";
        var reader = await OAuthTokens.GetAsync(fixture.Factory.CreateClient(), OAuthTokens.Evaluator, OAuthTokens.EvaluatorSecret);

        var met = TrainingScenario.Node(await GraphQLClient.PostAsync(_programme, query, null, new { f = new { agreementId = flyingStart.Id, status = "MET" } }), "trainingNeeds");
        Assert.Equal(flyingStart.PartnerIds.Distinct().Count(), met.GetProperty("totalCount").GetInt32());
        var identified = TrainingScenario.Node(await GraphQLClient.PostAsync(fixture.Factory.CreateClient(), query, reader, new { f = new { agreementId = pova.Id } }), "trainingNeeds");
        Assert.Equal(pova.PartnerIds.Distinct().Count(), identified.GetProperty("totalCount").GetInt32());
        Assert.All(identified.GetProperty("edges").EnumerateArray(), e => Assert.Equal("IDENTIFIED", e.GetProperty("node").GetProperty("status").GetString()));
        var torfaen = TrainingScenario.Node(await GraphQLClient.PostAsync(_editor, query, null, new { f = new { organisationId = Torfaen } }), "trainingNeeds");
        Assert.Equal(1, torfaen.GetProperty("totalCount").GetInt32());

        Assert.Equal(["UNAUTHENTICATED"], (await GraphQLClient.PostAsync(fixture.Factory.CreateClient(), query, null, new { f = new { organisationId = Torfaen } })).ErrorCodes);
    }

    [Fact]
    public async Task The_metrics_contract_counts_needs_by_status_coverage_of_live_agreements_and_completions_per_course()
    {
        var flyingStart = await NeedsScenario.AgreementAsync(fixture, TrainingNeedsDemoSeeder.FlyingStart);
        var pova = await NeedsScenario.AgreementAsync(fixture, TrainingNeedsDemoSeeder.PovaPowys);
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var api = scope.ServiceProvider.GetRequiredService<ITrainingApi>();

        var byStatus = await api.NeedsByStatusAsync(CancellationToken.None);
        Assert.Equal(flyingStart.PartnerIds.Distinct().Count(), byStatus[TrainingNeedStatus.Met]);
        Assert.Equal(pova.PartnerIds.Distinct().Count(), byStatus[TrainingNeedStatus.Identified]);
        Assert.Equal(0, byStatus[TrainingNeedStatus.Cancelled]);

        var coverage = await api.LiveAgreementCoverageAsync(CancellationToken.None);
        Assert.Equal(1, coverage.LiveAgreements);
        Assert.Equal(flyingStart.PartnerIds.Distinct().Count(), coverage.PartnerOrganisations);
        Assert.Equal(1m, coverage.Share);

        var completions = await api.CompletionsByCourseAsync(CancellationToken.None);
        Assert.Equal(flyingStart.PartnerIds.Distinct().Count(), completions.Single(c => c.Kind == CourseKind.WaspiBriefing).Completions);
        Assert.Equal(0, completions.Single(c => c.Kind == CourseKind.StudyDay).Completions);
    }
}
