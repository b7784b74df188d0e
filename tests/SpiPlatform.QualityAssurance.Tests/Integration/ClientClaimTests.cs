using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.TestKit;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace SpiPlatform.QualityAssurance.Tests.Integration;

/// <summary>OAuth clients: qa:write may claim any group's submission; a token without it may not even read the queue.</summary>
[Collection(QualityAssuranceCollection.Collection)]
public sealed class ClientClaimTests(QualityAssuranceFixture fixture) : IAsyncLifetime
{
    private const string ClientId = "qa-test-client";
    private const string Secret = "qa-test-client-secret";

    public async Task InitializeAsync()
    {
        await fixture.ResetAsync();
        await using var scope = fixture.Factory.Services.CreateAsyncScope();
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = ClientId, ClientSecret = Secret, ClientType = ClientTypes.Confidential, DisplayName = "QA test client",
            Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials, Permissions.Prefixes.Scope + SpiScopes.QaWrite },
        };
        await scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>().CreateAsync(descriptor);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_client_with_qa_write_claims_a_submission_of_any_group()
    {
        var northWales = await fixture.SubmittedNorthWalesAsync();
        var http = fixture.Factory.CreateClient();
        var token = await OAuthTokens.GetAsync(http, ClientId, Secret, SpiScopes.QaWrite);

        var claimed = QaScenario.Node(await QaScenario.ClaimAsync(http, northWales.Id, northWales.Version, token), "claimSubmission");

        Assert.Equal("client:" + ClientId, claimed.GetProperty("claimedBy").GetString());
        Assert.Equal(QaSubmissionState.InReview, (await fixture.SubmissionOfAsync(northWales.AgreementId))!.State);
    }

    [Fact]
    public async Task A_client_without_qa_write_may_neither_read_nor_claim()
    {
        var northWales = await fixture.SubmittedNorthWalesAsync();
        var http = fixture.Factory.CreateClient();
        var token = await OAuthTokens.GetAsync(http, OAuthTokens.Partner, OAuthTokens.PartnerSecret);

        var read = await GraphQLClient.PostAsync(http, "{ qaGroups { code } }", token);
        var claim = await QaScenario.ClaimAsync(http, northWales.Id, northWales.Version, token);

        Assert.Equal(["FORBIDDEN"], read.ErrorCodes);
        Assert.Equal(["FORBIDDEN"], claim.ErrorCodes);
        Assert.Equal(QaSubmissionState.Waiting, (await fixture.SubmissionOfAsync(northWales.AgreementId))!.State);
    }
}
