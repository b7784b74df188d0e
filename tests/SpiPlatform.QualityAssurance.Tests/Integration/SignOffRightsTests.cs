using SpiPlatform.TestKit;
using static SpiPlatform.QualityAssurance.Tests.Integration.SignOffScenario;

namespace SpiPlatform.QualityAssurance.Tests.Integration;

[Collection(QualityAssuranceCollection.Collection)]
public sealed class SignOffRightsTests(QualityAssuranceFixture fixture) : IAsyncLifetime
{
    private HttpClient _editor = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_demo_signatories_hold_their_organisations_right()
    {
        var rights = await fixture.RightsAsync();

        Assert.Equal(
            [(StaffLogin.HealthBoardSignatory, HealthBoard, "Caldicott Guardian"), (StaffLogin.OrganisationEditor, Torfaen, null), (StaffLogin.PoliceSignatory, Police, "Chief Inspector")],
            rights.Select(r => (r.Email, r.OrganisationId, r.SignatoryRole)));
        Assert.All(rights, r => Assert.Null(r.RevokedAt));
    }

    [Fact]
    public async Task Refused_grants_and_revokes_say_why_and_the_rights_read_back_unchanged()
    {
        var before = await fixture.RightsAsync();
        var reviewer = await fixture.StaffClientAsync(StaffLogin.QaReviewer);
        var anonymous = fixture.Factory.CreateClient();
        var police = before.Single(r => r.Email == StaffLogin.PoliceSignatory);

        var otherOrganisationsPerson = await GrantAsync(_editor, StaffLogin.HealthBoardSignatory);
        Assert.Equal(["VALIDATION_FAILED"], otherOrganisationsPerson.ErrorCodes);
        Assert.Equal("input.email", QaScenario.ErrorField(otherOrganisationsPerson));
        Assert.Equal("There is no account with that email address in the organisation.", Message(otherOrganisationsPerson));
        var nobody = await GrantAsync(_editor, "nobody@example.org");
        Assert.Equal(("VALIDATION_FAILED", "input.email"), (nobody.ErrorCodes.Single(), QaScenario.ErrorField(nobody)));
        var blank = await GrantAsync(_editor, "  ");
        Assert.Equal(("VALIDATION_FAILED", "input.email"), (blank.ErrorCodes.Single(), QaScenario.ErrorField(blank)));
        var tooLong = await GrantAsync(_editor, StaffLogin.OrganisationEditor, new string('x', 201));
        Assert.Equal(("VALIDATION_FAILED", "input.signatoryRole"), (tooLong.ErrorCodes.Single(), QaScenario.ErrorField(tooLong)));
        var duplicate = await GrantAsync(_editor, "EDITOR@demo.spi.wales");
        Assert.Equal(("CONFLICT", "input.email"), (duplicate.ErrorCodes.Single(), QaScenario.ErrorField(duplicate)));

        Assert.Equal(["FORBIDDEN"], (await GrantAsync(_editor, StaffLogin.PoliceSignatory, organisationId: Police)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await GrantAsync(reviewer, StaffLogin.OrganisationEditor, organisationId: Torfaen)).ErrorCodes);
        var noOrganisation = await GrantAsync(reviewer, StaffLogin.OrganisationEditor);
        Assert.Equal(("VALIDATION_FAILED", "input.organisationId"), (noOrganisation.ErrorCodes.Single(), QaScenario.ErrorField(noOrganisation)));
        Assert.Equal(["UNAUTHENTICATED"], (await GrantAsync(anonymous, StaffLogin.OrganisationEditor, organisationId: Torfaen)).ErrorCodes);
        var partnerToken = await OAuthTokens.GetAsync(anonymous, OAuthTokens.Partner, OAuthTokens.PartnerSecret);
        Assert.Equal(["FORBIDDEN"], (await GrantAsync(anonymous, StaffLogin.OrganisationEditor, organisationId: Torfaen, token: partnerToken)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await RevokeAsync(_editor, police.Id)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await RevokeAsync(reviewer, police.Id)).ErrorCodes);
        Assert.Equal(["NOT_FOUND"], (await RevokeAsync(_editor, Guid.NewGuid())).ErrorCodes);

        var after = await fixture.RightsAsync();
        Assert.Equal(before.Select(r => (r.Id, r.Email, r.SignatoryRole, r.RevokedAt)), after.Select(r => (r.Id, r.Email, r.SignatoryRole, r.RevokedAt)));
    }

    [Fact]
    public async Task The_programme_team_may_revoke_and_grant_for_any_organisation_and_a_revoked_right_cannot_be_revoked_again()
    {
        var programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var police = (await fixture.RightsAsync()).Single(r => r.Email == StaffLogin.PoliceSignatory);

        var revoked = QaScenario.Node(await RevokeAsync(programme, police.Id), "revokeSignOffRight");
        Assert.Equal("staff:programme@demo.spi.wales", revoked.GetProperty("revokedBy").GetString());
        Assert.Equal(["CONFLICT"], (await RevokeAsync(programme, police.Id)).ErrorCodes);
        var granted = QaScenario.Node(await GrantAsync(programme, StaffLogin.PoliceSignatory, " Chief Constable ", Police), "grantSignOffRight");

        Assert.Equal(("Demo Chief Inspector", "Chief Constable", Police.ToString()),
            (granted.GetProperty("displayName").GetString(), granted.GetProperty("signatoryRole").GetString(), granted.GetProperty("organisationId").GetString()));
        var rights = (await fixture.RightsAsync()).Where(r => r.Email == StaffLogin.PoliceSignatory).ToList();
        Assert.Equal(2, rights.Count);
        Assert.Single(rights, r => r.RevokedAt is null);
    }

    [Fact]
    public async Task Two_grants_of_one_person_at_once_give_one_right_and_one_CONFLICT()
    {
        var right = (await fixture.RightsAsync()).Single(r => r.Email == StaffLogin.OrganisationEditor);
        QaScenario.Node(await RevokeAsync(_editor, right.Id), "revokeSignOffRight");
        var clients = new[] { await fixture.StaffClientAsync(StaffLogin.OrganisationEditor), await fixture.StaffClientAsync(StaffLogin.OrganisationEditor) };

        var responses = await Task.WhenAll(clients.Select(c => Task.Run(() => GrantAsync(c, StaffLogin.OrganisationEditor, "Director"))));

        Assert.Single(responses, r => !r.HasErrors);
        Assert.Single(responses, r => r.ErrorCodes.SequenceEqual(["CONFLICT"]));
        Assert.Single(await fixture.RightsAsync(), r => r.Email == StaffLogin.OrganisationEditor && r.RevokedAt is null);
    }
}
