using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.TestKit;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Data;
using SpiPlatform.Training.DemoData;
using static Microsoft.Playwright.Assertions;

namespace SpiPlatform.Browser.Tests;

/// <summary>
/// Training in Chromium: the editor enrols on a briefing, its trainer ticks the completion on the attendance sheet in
/// place, and the editor's organisation's need shows Met on the agreement's needs board.
/// </summary>
[Collection(BrowserCollection.Collection)]
public sealed class TrainingAttendanceTests(BrowserFixture fixture) : IAsyncLifetime
{
    private const string Trainer = StaffLogin.QaReviewer;
    private static readonly Guid Briefing = TrainingDemoSeeder.CourseId(CourseKind.WaspiBriefing);

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private static void Ok(GraphQLResponse response) => Assert.False(response.HasErrors, response.Body.ToString());

    [Fact]
    public async Task Enrol_then_the_trainer_marks_the_completion_on_the_attendance_sheet_and_the_need_shows_met_on_the_agreements_board()
    {
        AgreementSummary frailty;
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            frailty = (await scope.ServiceProvider.GetRequiredService<IProtocolsApi>().FindByReferenceAsync("ISP-2011-0002", CancellationToken.None))!;
        }
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var raised = await GraphQLClient.PostAsync(programme, "mutation($input: RaiseTrainingNeedInput!) { raiseTrainingNeed(input: $input) { id } }",
            variables: new { input = new { agreementId = frailty.Id, organisationId = DemoOrganisationIds.EditorOrganisation, courseId = Briefing } });
        Ok(raised);
        var needId = raised.Data.GetProperty("raiseTrainingNeed").GetProperty("id").GetString();
        var start = DateTimeOffset.UtcNow.AddDays(7);
        var scheduled = await GraphQLClient.PostAsync(programme, "mutation($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }",
            variables: new { input = new { courseId = Briefing, startsAt = start.ToString("O"), endsAt = start.AddHours(2).ToString("O"), isOnline = true, capacity = 10, trainerEmail = Trainer } });
        Ok(scheduled);
        var sessionId = Guid.Parse(scheduled.Data.GetProperty("scheduleSession").GetProperty("id").GetString()!);

        var editor = await fixture.SignedInPageAsync(StaffLogin.OrganisationEditor);
        await editor.GotoAsync($"/training/sessions/{sessionId}");
        await editor.GetByTestId("enrol").ClickAsync();
        await Expect(editor.GetByTestId("my-status")).ToHaveTextAsync("You have a place on this session.");

        // The briefing takes place: it started an hour ago.
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<TrainingDbContext>().Sessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(u => u
                .SetProperty(s => s.StartsAt, DateTimeOffset.UtcNow.AddHours(-1)).SetProperty(s => s.EndsAt, DateTimeOffset.UtcNow.AddHours(1)));
        }

        var trainer = await fixture.SignedInPageAsync(Trainer);
        await trainer.GotoAsync($"/training/sessions/{sessionId}");
        await trainer.GetByTestId("attendance-link").ClickAsync();
        await trainer.EvaluateAsync("window.__marker = 'same page'");
        var row = trainer.Locator($"[data-testid=attendance-row][data-email='{StaffLogin.OrganisationEditor}']");
        await row.GetByTestId("attended").CheckAsync();
        await row.GetByTestId("completed").CheckAsync();
        await row.GetByTestId("save-attendance").ClickAsync();

        await Expect(row.GetByTestId("row-message")).ToContainTextAsync("1 training needs of their organisation are now met");
        await Expect(row.GetByTestId("completed-on")).ToContainTextAsync("Completed ");
        Assert.Equal("same page", await trainer.EvaluateAsync<string>("window.__marker"));
        await CheckAsync(trainer);

        await editor.GotoAsync($"/training/needs/agreements/{frailty.Id}");
        await Expect(editor.Locator($"#need-{needId} [data-testid=need-status]")).ToHaveTextAsync("Met");
        await CheckAsync(editor);
    }

    private static async Task CheckAsync(IPage page)
    {
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
        });
        Assert.NotEmpty(result.Passes);
        Assert.True(result.Violations.Length == 0,
            string.Join("\n", result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")));
    }
}
