using System.Text.Json;
using SpiPlatform.TestKit;

namespace SpiPlatform.Signatories.Tests.Integration;

[Collection(SignatoriesCollection.Collection)]
public sealed class RegisterOrganisationTests(SignatoriesFixture fixture) : IAsyncLifetime
{
    private HttpClient _anonymous = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _anonymous = fixture.Factory.CreateClient();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_programme_team_registers_an_organisation_and_its_history_starts()
    {
        var staff = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);

        var response = await RegisterApi.RegisterAsync(staff, RegisterApi.NewOrganisation(ods: "w95010"));

        Assert.False(response.HasErrors, response.Body.ToString());
        var organisation = response.Node("registerOrganisation");
        Assert.Equal("NOT_SIGNED", organisation.GetProperty("status").GetString());
        Assert.Equal("W95010", organisation.GetProperty("odsCode").GetString());
        Assert.Equal(1, organisation.GetProperty("version").GetInt32());
        var history = await RegisterApi.GetAsync(staff, organisation.GetProperty("id").GetString()!, "history { action by }");
        var entry = Assert.Single(history.Node("organisation").GetProperty("history").EnumerateArray());
        Assert.Equal("Registered", entry.GetProperty("action").GetString());
        Assert.Equal("Demo Programme Team", entry.GetProperty("by").GetString());
    }

    [Fact]
    public async Task A_partner_client_with_signatories_write_registers_an_organisation()
    {
        var token = await OAuthTokens.GetAsync(_anonymous, OAuthTokens.Partner, OAuthTokens.PartnerSecret);

        var response = await RegisterApi.RegisterAsync(_anonymous, RegisterApi.NewOrganisation(), token);

        Assert.False(response.HasErrors, response.Body.ToString());
    }

    [Fact]
    public async Task An_evaluator_client_without_write_access_is_FORBIDDEN_and_nothing_is_added()
    {
        var token = await OAuthTokens.GetAsync(_anonymous, OAuthTokens.Evaluator, OAuthTokens.EvaluatorSecret);
        var before = await RegisterApi.CountAsync(_anonymous);

        var response = await RegisterApi.RegisterAsync(_anonymous, RegisterApi.NewOrganisation(), token);

        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
        Assert.Equal(before, await RegisterApi.CountAsync(_anonymous));
    }

    [Fact]
    public async Task An_anonymous_caller_is_UNAUTHENTICATED()
    {
        var response = await RegisterApi.RegisterAsync(_anonymous, RegisterApi.NewOrganisation());

        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
    }

    [Fact]
    public async Task An_organisation_editor_may_register_a_body_their_organisation_leads_but_not_an_unrelated_one()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var torfaen = await RegisterApi.FindByNameAsync(_anonymous, "Torfaen County Borough Council");
        var led = new { nameEn = "Torfaen Play Association", sector = "VOLUNTARY_SECTOR", areas = new[] { "TORFAEN" }, leadOrganisationId = torfaen.GetProperty("id").GetString() };

        var allowed = await RegisterApi.RegisterAsync(editor, led);
        var refused = await RegisterApi.RegisterAsync(editor, RegisterApi.NewOrganisation());

        Assert.False(allowed.HasErrors, allowed.Body.ToString());
        Assert.Equal(["FORBIDDEN"], refused.ErrorCodes);
    }

    [Theory]
    [InlineData("nameEn", "   ")]
    [InlineData("odsCode", "not an ods code")]
    [InlineData("charityNumber", "12AB")]
    [InlineData("companyNumber", "123")]
    [InlineData("icoNumber", "A1234567")]
    [InlineData("website", "not a website")]
    [InlineData("postcode", "CF10")]
    public async Task A_malformed_field_is_VALIDATION_FAILED_naming_the_field_and_nothing_is_added(string field, string value)
    {
        var staff = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var input = JsonSerializer.SerializeToNode(RegisterApi.NewOrganisation())!.AsObject();
        input[field] = value;
        var before = await RegisterApi.CountAsync(_anonymous);

        var response = await RegisterApi.RegisterAsync(staff, input);

        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        Assert.Equal($"input.{field}", response.ErrorField());
        Assert.Equal(before, await RegisterApi.CountAsync(_anonymous));
    }

    [Fact]
    public async Task No_areas_is_VALIDATION_FAILED_on_areas()
    {
        var staff = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);

        var response = await RegisterApi.RegisterAsync(staff, new { nameEn = "Nowhere Trust", sector = "VOLUNTARY_SECTOR", areas = Array.Empty<string>() });

        Assert.Equal(["VALIDATION_FAILED"], response.ErrorCodes);
        Assert.Equal("input.areas", response.ErrorField());
    }

    [Theory]
    [InlineData("sector", "SPACE_AGENCY")]
    [InlineData("areas", "ATLANTIS")]
    public async Task An_unknown_sector_or_area_is_refused_before_anything_runs(string field, string value)
    {
        var staff = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var input = JsonSerializer.SerializeToNode(RegisterApi.NewOrganisation())!.AsObject();
        input[field] = field == "areas" ? new System.Text.Json.Nodes.JsonArray(value) : value;
        var before = await RegisterApi.CountAsync(_anonymous);

        var response = await RegisterApi.RegisterAsync(staff, input);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(["INVALID_VALUE"], response.ErrorCodes);
        Assert.Contains(field, response.Body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(before, await RegisterApi.CountAsync(_anonymous));
    }

    [Fact]
    public async Task A_duplicate_name_or_identifier_is_a_CONFLICT_on_that_field()
    {
        var staff = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);

        var sameName = await RegisterApi.RegisterAsync(staff, RegisterApi.NewOrganisation("south wales police"));
        var sameOds = await RegisterApi.RegisterAsync(staff, RegisterApi.NewOrganisation("A New Health Body", ods: "7A6"));

        Assert.Equal(["CONFLICT"], sameName.ErrorCodes);
        Assert.Equal("input.nameEn", sameName.ErrorField());
        Assert.Equal(["CONFLICT"], sameOds.ErrorCodes);
        Assert.Equal("input.odsCode", sameOds.ErrorField());
        Assert.Contains("Aneurin Bevan", sameOds.Body.GetProperty("errors")[0].GetProperty("message").GetString());
    }
}
