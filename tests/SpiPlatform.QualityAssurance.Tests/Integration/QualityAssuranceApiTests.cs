using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.TestKit;

namespace SpiPlatform.QualityAssurance.Tests.Integration;

/// <summary>The contract the Metrics module reads: QA's transitions and each round's turnaround.</summary>
[Collection(QualityAssuranceCollection.Collection)]
public sealed class QualityAssuranceApiTests(QualityAssuranceFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_returned_round_and_its_resubmission_are_published_as_transitions_and_round_figures()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var reviewer = await fixture.StaffClientAsync(StaffLogin.QaReviewer);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var submission = await fixture.SubmittedTorfaenAsync(editor);
        var version = await QaScenario.ClaimAndCompleteChecklistAsync(reviewer, submission);
        QaScenario.Node(await QaScenario.ReturnAsync(reviewer, submission.Id, version, "Add the review date."), "returnForAmendment");
        await fixture.ResubmitAsync(editor, submission.AgreementId, "Torfaen Youth Justice Information Sharing Protocol");

        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var api = scope.ServiceProvider.GetRequiredService<IQualityAssuranceApi>();
        var transitions = (await api.ListTransitionsAsync(before, CancellationToken.None)).Where(t => t.AgreementId == submission.AgreementId).ToList();
        var rounds = (await api.ListRoundsAsync(CancellationToken.None)).Where(r => r.AgreementId == submission.AgreementId).ToList();
        var later = await api.ListTransitionsAsync(DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None);

        Assert.Equal([QaSubmissionState.Waiting, QaSubmissionState.InReview, QaSubmissionState.Returned, QaSubmissionState.InReview], transitions.Select(t => t.To));
        Assert.Equal("Add the review date.", transitions[2].Reason);
        Assert.Equal([1, 2], rounds.Select(r => r.Round));
        Assert.Equal((QaSubmissionState.Returned, 0, 20, true), (rounds[0].Outcome!.Value, rounds[0].WorkingDays, rounds[0].TargetWorkingDays, rounds[0].MetTarget!.Value));
        Assert.Null(rounds[1].MetTarget);
        Assert.Empty(later);
    }
}
