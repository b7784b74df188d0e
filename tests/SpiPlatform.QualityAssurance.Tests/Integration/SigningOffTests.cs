using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.TestKit;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static SpiPlatform.QualityAssurance.Tests.Integration.SignOffScenario;

namespace SpiPlatform.QualityAssurance.Tests.Integration;

[Collection(QualityAssuranceCollection.Collection)]
public sealed class SigningOffTests(QualityAssuranceFixture fixture) : IAsyncLifetime
{
    private HttpClient _editor = null!;
    private HttpClient _reviewer = null!;
    private HttpClient _healthBoard = null!;
    private HttpClient _police = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        _reviewer = await fixture.StaffClientAsync(StaffLogin.QaReviewer);
        _healthBoard = await fixture.StaffClientAsync(StaffLogin.HealthBoardSignatory);
        _police = await fixture.StaffClientAsync(StaffLogin.PoliceSignatory);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Approval_asks_every_partner_and_when_all_three_have_signed_the_agreement_is_live()
    {
        var submission = await fixture.ApprovedTorfaenAsync(_editor, _reviewer);

        Assert.Equal(QaSubmissionState.AwaitingSignOff, submission.State);
        Assert.Equal(AgreementStatus.AwaitingSignOff, await fixture.AgreementStatusAsync(submission.AgreementId));
        var asked = QaScenario.Node(await ReadAsync(_reviewer, submission.Id), "qaSubmission");
        Assert.Equal((0, 3, 3), Progress(asked));
        Assert.Equal(["Aneurin Bevan Health Board", "Gwent Police", "Torfaen County Borough Council"],
            asked.GetProperty("signOffs").EnumerateArray().Select(o => o.GetProperty("organisationNameEn").GetString()));
        Assert.All(asked.GetProperty("signOffs").EnumerateArray(), o => Assert.Equal(("PENDING", 1), (o.GetProperty("state").GetString(), o.GetProperty("round").GetInt32())));
        Assert.Contains("Bwrdd Iechyd", asked.GetProperty("signOffs")[0].GetProperty("organisationNameCy").GetString());

        var torfaen = QaScenario.Node(await fixture.SignNowAsync(_editor, submission.Id, Torfaen), "signOff");
        Assert.Equal(("AWAITING_SIGN_OFF", (1, 3, 2)), (torfaen.GetProperty("state").GetString(), Progress(torfaen)));
        var health = QaScenario.Node(await fixture.SignNowAsync(_healthBoard, submission.Id, HealthBoard), "signOff");
        Assert.Equal((2, 3, 1), Progress(health));
        var signed = health.GetProperty("signOffs").EnumerateArray().Single(o => o.GetProperty("organisationId").GetString() == HealthBoard.ToString());
        Assert.Equal(("SIGNED", "Demo Caldicott Guardian", "Caldicott Guardian"),
            (signed.GetProperty("state").GetString(), signed.GetProperty("decidedByName").GetString(), signed.GetProperty("signatoryRole").GetString()));
        Assert.Equal(AgreementStatus.AwaitingSignOff, await fixture.AgreementStatusAsync(submission.AgreementId));

        var last = QaScenario.Node(await fixture.SignNowAsync(_police, submission.Id, Police), "signOff");

        Assert.Equal(("SIGNED_OFF", (3, 3, 0)), (last.GetProperty("state").GetString(), Progress(last)));
        Assert.Equal(("LIVE", DateTime.UtcNow.ToString("yyyy-MM-dd")), await AgreementAsync(_editor, submission.AgreementId));
        var after = await fixture.SubmissionWithChecklistAsync(submission.AgreementId);
        Assert.Equal(QaSubmissionState.SignedOff, after.State);
        Assert.NotNull(after.QaReference);
        Assert.NotNull(after.QualityAssuredOn);
        Assert.Single(after.Events, e => e is { From: QaSubmissionState.AwaitingSignOff, To: QaSubmissionState.SignedOff, Actor: "staff:inspector@demo.spi.wales" });
        Assert.Equal(3, after.Events.Count(e => e is { From: QaSubmissionState.AwaitingSignOff, To: QaSubmissionState.AwaitingSignOff }));
        Assert.Contains(after.Events, e => e is { Actor: "staff:caldicott@demo.spi.wales", Reason: "Signed off for Aneurin Bevan Health Board by Demo Caldicott Guardian" });
        Assert.All(await fixture.SignOffsAsync(submission.Id), o => Assert.Equal((SignOffState.Signed, 1), (o.State, o.Version)));
    }

    [Fact]
    public async Task Only_a_signatory_of_a_pending_partner_may_sign_off_or_decline_and_refusals_change_nothing()
    {
        var submission = await fixture.ApprovedTorfaenAsync(_editor, _reviewer);
        var anonymous = fixture.Factory.CreateClient();
        var evaluator = await fixture.StaffClientAsync(StaffLogin.Evaluator);
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var partnerToken = await OAuthTokens.GetAsync(anonymous, OAuthTokens.Partner, OAuthTokens.PartnerSecret);
        var qaToken = await QaClientTokenAsync(anonymous);

        // Someone else's organisation, no organisation at all, or a client: FORBIDDEN whoever it is.
        Assert.Equal("You may only sign off for the organisation you work for.", Message(await SignAsync(_editor, submission.Id, Police, 0)));
        foreach (var refused in new[]
        {
            await SignAsync(_editor, submission.Id, Police, 0),
            await SignAsync(_healthBoard, submission.Id, Torfaen, 0),
            await SignAsync(_reviewer, submission.Id, Torfaen, 0),
            await SignAsync(programme, submission.Id, Torfaen, 0),
            await SignAsync(evaluator, submission.Id, Torfaen, 0),
            await SignAsync(anonymous, submission.Id, Torfaen, 0, partnerToken),
            await SignAsync(anonymous, submission.Id, Torfaen, 0, qaToken),
            await DeclineAsync(_police, submission.Id, HealthBoard, 0, "Not ours"),
            await DeclineAsync(_reviewer, submission.Id, Torfaen, 0, "Not ours"),
            await DeclineAsync(anonymous, submission.Id, Torfaen, 0, "Not ours", qaToken),
        })
        {
            Assert.Equal(["FORBIDDEN"], refused.ErrorCodes);
        }
        Assert.Equal(["UNAUTHENTICATED"], (await SignAsync(anonymous, submission.Id, Torfaen, 0)).ErrorCodes);
        Assert.Equal(["UNAUTHENTICATED"], (await DeclineAsync(anonymous, submission.Id, Torfaen, 0, "No")).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await SignAsync(_editor, Guid.NewGuid(), Torfaen, 0)).ErrorCodes);

        // A member of a partner whose right was revoked no longer may.
        var editorRight = (await fixture.RightsAsync()).Single(r => r.Email == StaffLogin.OrganisationEditor);
        QaScenario.Node(await RevokeAsync(_editor, editorRight.Id), "revokeSignOffRight");
        var revoked = await SignAsync(_editor, submission.Id, Torfaen, 0);
        Assert.Equal(["FORBIDDEN"], revoked.ErrorCodes);
        Assert.Equal("You do not hold your organisation's right to sign agreements off.", Message(revoked));

        Assert.All(await fixture.SignOffsAsync(submission.Id), o => Assert.Equal((SignOffState.Pending, 0, (string?)null), (o.State, o.Version, o.DecidedBy)));
        Assert.Equal(QaSubmissionState.AwaitingSignOff, (await fixture.SubmissionOfAsync(submission.AgreementId))!.State);
        Assert.Equal(submission.Version, (await fixture.SubmissionOfAsync(submission.AgreementId))!.Version);
        Assert.Equal(AgreementStatus.AwaitingSignOff, await fixture.AgreementStatusAsync(submission.AgreementId));
    }

    [Fact]
    public async Task Signing_before_approval_twice_or_at_a_stale_version_is_a_CONFLICT()
    {
        var inReview = await fixture.SubmittedTorfaenAsync(_editor);
        var early = await SignAsync(_editor, inReview.Id, Torfaen, 0);
        Assert.Equal(["CONFLICT"], early.ErrorCodes);
        Assert.Equal("This agreement is not awaiting sign-off.", Message(early));
        var version = await QaScenario.ClaimAndCompleteChecklistAsync(_reviewer, inReview);
        QaScenario.Node(await QaScenario.ApproveAsync(_reviewer, inReview.Id, version), "approveSubmission");

        var stale = await SignAsync(_healthBoard, inReview.Id, HealthBoard, 7);
        Assert.Equal(["CONFLICT"], stale.ErrorCodes);
        Assert.Equal("input.version", QaScenario.ErrorField(stale));

        QaScenario.Node(await SignAsync(_editor, inReview.Id, Torfaen, 0), "signOff");
        var again = await SignAsync(_editor, inReview.Id, Torfaen, 0);
        var againAtNewVersion = await SignAsync(_editor, inReview.Id, Torfaen, 1);
        var declineAfter = await DeclineAsync(_editor, inReview.Id, Torfaen, 1, "Changed our mind");

        Assert.Equal(["CONFLICT"], again.ErrorCodes);
        Assert.Equal(["CONFLICT"], againAtNewVersion.ErrorCodes);
        Assert.Equal("Your organisation has already signed this agreement off.", Message(againAtNewVersion));
        Assert.Equal(["CONFLICT"], declineAfter.ErrorCodes);
        var signOffs = await fixture.SignOffsAsync(inReview.Id);
        Assert.Single(signOffs, o => o.State == SignOffState.Signed);
        Assert.Equal(2, signOffs.Count(o => o is { State: SignOffState.Pending, Version: 0 }));
    }

    [Fact]
    public async Task A_decline_returns_the_agreement_to_draft_and_the_resubmitted_round_is_signed_off_afresh()
    {
        var submission = await fixture.ApprovedTorfaenAsync(_editor, _reviewer);
        QaScenario.Node(await SignAsync(_editor, submission.Id, Torfaen, 0), "signOff");

        var noReason = await DeclineAsync(_healthBoard, submission.Id, HealthBoard, 0, "   ");
        Assert.Equal(["VALIDATION_FAILED"], noReason.ErrorCodes);
        Assert.Equal("input.reason", QaScenario.ErrorField(noReason));
        Assert.Equal(AgreementStatus.AwaitingSignOff, await fixture.AgreementStatusAsync(submission.AgreementId));

        var declined = QaScenario.Node(await DeclineAsync(_healthBoard, submission.Id, HealthBoard, 0, "The retention period for health data is missing."), "declineSignOff");

        Assert.Equal("RETURNED", declined.GetProperty("state").GetString());
        var line = declined.GetProperty("signOffs").EnumerateArray().Single(o => o.GetProperty("organisationId").GetString() == HealthBoard.ToString());
        Assert.Equal(("DECLINED", "The retention period for health data is missing."), (line.GetProperty("state").GetString(), line.GetProperty("reason").GetString()));
        Assert.Equal(AgreementStatus.Draft, await fixture.AgreementStatusAsync(submission.AgreementId));
        Assert.Equal(["CONFLICT"], (await SignAsync(_police, submission.Id, Police, 0)).ErrorCodes);
        var returned = (await fixture.SubmissionOfAsync(submission.AgreementId))!;
        Assert.Contains(returned.Events, e => e is { From: QaSubmissionState.AwaitingSignOff, To: QaSubmissionState.Returned, Actor: "staff:caldicott@demo.spi.wales" }
                                              && e.Reason!.Contains("The retention period for health data is missing."));

        await fixture.ResubmitAsync(_editor, submission.AgreementId, "Torfaen Youth Justice Information Sharing Protocol");
        var second = await fixture.SubmissionWithChecklistAsync(submission.AgreementId);
        Assert.Equal((0, 0, 0), Progress(QaScenario.Node(await ReadAsync(_reviewer, second.Id), "qaSubmission")));
        var version = await QaScenario.ClaimAndCompleteChecklistAsync(_reviewer, second, claim: false);
        QaScenario.Node(await QaScenario.ApproveAsync(_reviewer, second.Id, version, round: 2), "approveSubmission");

        var fresh = QaScenario.Node(await ReadAsync(_reviewer, second.Id), "qaSubmission");
        Assert.Equal((0, 3, 3), Progress(fresh));
        Assert.All(fresh.GetProperty("signOffs").EnumerateArray(), o => Assert.Equal(("PENDING", 2), (o.GetProperty("state").GetString(), o.GetProperty("round").GetInt32())));
        foreach (var (client, organisation) in new[] { (_editor, Torfaen), (_healthBoard, HealthBoard), (_police, Police) })
        {
            QaScenario.Node(await fixture.SignNowAsync(client, second.Id, organisation), "signOff");
        }
        Assert.Equal("LIVE", (await AgreementAsync(_editor, submission.AgreementId)).Status);
        Assert.Equal(6, (await fixture.SignOffsAsync(submission.Id)).Count);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public async Task The_last_partners_signing_truly_at_once_all_succeed_and_the_agreement_goes_live_exactly_once(int atOnce)
    {
        var submission = await fixture.ApprovedTorfaenAsync(_editor, _reviewer);
        var signers = new List<(HttpClient Client, Guid Organisation)>
        {
            (await fixture.StaffClientAsync(StaffLogin.PoliceSignatory), Police),
            (await fixture.StaffClientAsync(StaffLogin.HealthBoardSignatory), HealthBoard),
            (await fixture.StaffClientAsync(StaffLogin.OrganisationEditor), Torfaen),
        };
        foreach (var (client, organisation) in signers.Skip(atOnce))
        {
            QaScenario.Node(await SignAsync(client, submission.Id, organisation, 0), "signOff");
        }

        var responses = await Task.WhenAll(signers.Take(atOnce).Select(s => Task.Run(() => SignAsync(s.Client, submission.Id, s.Organisation, 0))));

        Assert.All(responses, r => Assert.False(r.HasErrors, r.Body.ToString()));
        Assert.Single(responses, r => r.Data.GetProperty("signOff").GetProperty("state").GetString() == "SIGNED_OFF");
        var after = await fixture.SubmissionWithChecklistAsync(submission.AgreementId);
        Assert.Equal(QaSubmissionState.SignedOff, after.State);
        Assert.Single(after.Events, e => e.To == QaSubmissionState.SignedOff);
        Assert.DoesNotContain(after.Events, e => e.Reason?.StartsWith("Protocols refused", StringComparison.Ordinal) == true);
        Assert.All(await fixture.SignOffsAsync(submission.Id), o => Assert.Equal(SignOffState.Signed, o.State));
        Assert.Equal("LIVE", (await AgreementAsync(_editor, submission.AgreementId)).Status);
    }

    private static (int Signed, int Total, int Outstanding) Progress(System.Text.Json.JsonElement submission)
    {
        var p = submission.GetProperty("signOffProgress");
        return (p.GetProperty("signed").GetInt32(), p.GetProperty("total").GetInt32(), p.GetProperty("outstanding").GetInt32());
    }

    private async Task<string> QaClientTokenAsync(HttpClient http)
    {
        const string ClientId = "sign-off-test-client";
        const string Secret = "sign-off-test-client-secret";
        await using (var scope = fixture.Factory.Services.CreateAsyncScope())
        {
            var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
            if (await applications.FindByClientIdAsync(ClientId) is null)
            {
                await applications.CreateAsync(new OpenIddictApplicationDescriptor
                {
                    ClientId = ClientId, ClientSecret = Secret, ClientType = ClientTypes.Confidential, DisplayName = "Sign-off test client",
                    Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials, Permissions.Prefixes.Scope + SpiScopes.QaWrite },
                });
            }
        }
        return await OAuthTokens.GetAsync(http, ClientId, Secret, SpiScopes.QaWrite);
    }
}
