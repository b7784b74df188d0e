using System.Text.Json;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.TestKit;

namespace SpiPlatform.Signatories.Tests.Integration;

[Collection(SignatoriesCollection.Collection)]
public sealed class SignatureLifecycleTests(SignatoriesFixture fixture) : IAsyncLifetime
{
    private HttpClient _programme = null!;
    private HttpClient _anonymous = null!;

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        _programme = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        _anonymous = fixture.Factory.CreateClient();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<JsonElement> RegisteredAsync()
        => (await RegisterApi.RegisterAsync(_programme, RegisterApi.NewOrganisation())).Node("registerOrganisation");

    private Task<GraphQLResponse> SignAsync(JsonElement org, bool accepted = true, string? signedOn = null, int? version = null)
        => RegisterApi.SignAsync(_programme, new
        {
            organisationId = org.GetProperty("id").GetString(),
            version = version ?? org.GetProperty("version").GetInt32(),
            signedByName = "Eleri Hughes",
            signedByRole = "Chief Officer",
            signedOn,
            accepted,
        });

    [Fact]
    public async Task Signing_makes_the_organisation_pending_and_announces_AccordSigned()
    {
        var org = await RegisteredAsync();

        var signed = await SignAsync(org);

        Assert.False(signed.HasErrors, signed.Body.ToString());
        var result = signed.Node("signAccord");
        Assert.Equal("PENDING", result.GetProperty("status").GetString());
        Assert.Equal("5.0", result.GetProperty("signatures")[0].GetProperty("declarationVersion").GetString());
        var id = Guid.Parse(org.GetProperty("id").GetString()!);
        await fixture.Factory.Services.DispatchOutboxAsync();
        await Outbox.EventuallyAsync(() => fixture.Received.Any(r => r.Event is AccordSigned s && s.OrganisationId == id), "AccordSigned delivered");
    }

    [Fact]
    public async Task Signing_twice_is_rejected_with_CONFLICT()
    {
        var org = await RegisteredAsync();
        var first = (await SignAsync(org)).Node("signAccord");

        var second = await SignAsync(first);

        Assert.Equal(["CONFLICT"], second.ErrorCodes);
        var stored = await RegisterApi.GetAsync(_programme, org.GetProperty("id").GetString()!);
        Assert.Single(stored.Node("organisation").GetProperty("signatures").EnumerateArray());
    }

    [Fact]
    public async Task Signing_without_accepting_or_in_the_future_is_VALIDATION_FAILED()
    {
        var org = await RegisteredAsync();

        var notAccepted = await SignAsync(org, accepted: false);
        var future = await SignAsync(org, signedOn: DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd"));

        Assert.Equal("input.accepted", notAccepted.ErrorField());
        Assert.Equal("input.signedOn", future.ErrorField());
        var stored = await RegisterApi.GetAsync(_programme, org.GetProperty("id").GetString()!);
        Assert.Equal("NOT_SIGNED", stored.Node("organisation").GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_programme_team_verifies_a_pending_signature_and_verifying_again_is_a_CONFLICT()
    {
        var org = (await SignAsync(await RegisteredAsync())).Node("signAccord");
        var signatureId = org.GetProperty("signatures")[0].GetProperty("id").GetString()!;

        var verified = await RegisterApi.VerifyAsync(_programme, signatureId);
        var again = await RegisterApi.VerifyAsync(_programme, signatureId);

        Assert.False(verified.HasErrors, verified.Body.ToString());
        var result = verified.Node("verifySignature");
        Assert.Equal("ACTIVE", result.GetProperty("status").GetString());
        var signedOn = DateOnly.Parse(result.GetProperty("signedOn").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(signedOn.AddYears(3).ToString("yyyy-MM-dd"), result.GetProperty("signatures")[0].GetProperty("renewalDueOn").GetString());
        Assert.Equal(["CONFLICT"], again.ErrorCodes);
    }

    [Fact]
    public async Task Only_the_programme_team_verifies()
    {
        var org = (await SignAsync(await RegisteredAsync())).Node("signAccord");
        var qa = await fixture.StaffClientAsync(StaffLogin.QaReviewer);
        var token = await OAuthTokens.GetAsync(_anonymous, OAuthTokens.Partner, OAuthTokens.PartnerSecret);
        var signatureId = org.GetProperty("signatures")[0].GetProperty("id").GetString()!;

        Assert.Equal(["FORBIDDEN"], (await RegisterApi.VerifyAsync(qa, signatureId)).ErrorCodes);
        Assert.Equal(["FORBIDDEN"], (await RegisterApi.VerifyAsync(_anonymous, signatureId, token)).ErrorCodes);
        var stored = await RegisterApi.GetAsync(_programme, org.GetProperty("id").GetString()!);
        Assert.Equal("PENDING", stored.Node("organisation").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Rejecting_needs_a_reason_and_records_it()
    {
        var org = (await SignAsync(await RegisteredAsync())).Node("signAccord");
        var signatureId = org.GetProperty("signatures")[0].GetProperty("id").GetString()!;

        var noReason = await RegisterApi.RejectAsync(_programme, signatureId, "  ");
        var rejected = await RegisterApi.RejectAsync(_programme, signatureId, "The signatory is not the Chief Officer.");

        Assert.Equal("input.reason", noReason.ErrorField());
        var result = rejected.Node("rejectSignature");
        Assert.Equal("REJECTED", result.GetProperty("status").GetString());
        Assert.Equal("The signatory is not the Chief Officer.", result.GetProperty("signatures")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task An_editor_withdraws_their_organisation_and_AccordWithdrawn_is_announced()
    {
        var editor = await fixture.StaffClientAsync(StaffLogin.OrganisationEditor);
        var torfaen = await RegisterApi.FindByNameAsync(_anonymous, "Torfaen County Borough Council");

        var response = await RegisterApi.WithdrawAsync(editor, torfaen.GetProperty("id").GetString()!, torfaen.GetProperty("version").GetInt32(), "The council has merged.");

        Assert.Equal("WITHDRAWN", response.Node("withdrawFromAccord").GetProperty("status").GetString());
        await fixture.Factory.Services.DispatchOutboxAsync();
        await Outbox.EventuallyAsync(() => fixture.Received.Any(r => r.Event is AccordWithdrawn w && w.Reason == "The council has merged."), "AccordWithdrawn delivered");
    }

    [Fact]
    public async Task Delivery_is_once_per_event_even_when_the_dispatcher_runs_again()
    {
        var org = await RegisteredAsync();
        await SignAsync(org);
        var id = Guid.Parse(org.GetProperty("id").GetString()!);

        await fixture.Factory.Services.DispatchOutboxAsync();
        await Outbox.EventuallyAsync(() => fixture.Received.Any(r => r.Event is AccordSigned s && s.OrganisationId == id), "AccordSigned delivered");
        await fixture.Factory.Services.DispatchOutboxAsync();
        await fixture.Factory.Services.QueuedJobsFinishedAsync(); // the Hangfire run the signing queued, too

        Assert.Single(fixture.Received, r => r.Event is AccordSigned s && s.OrganisationId == id);
    }
}
