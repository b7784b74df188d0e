using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpiPlatform.TestKit;

namespace SpiPlatform.Host.Tests.Auth;

[Collection(HostCollection.Collection)]
public sealed class OAuthTests(HostFixture fixture)
{
    private readonly HttpClient _client = fixture.Factory.CreateClient();

    [Fact]
    public async Task Discovery_document_advertises_the_token_endpoint_and_platform_scopes()
    {
        var discovery = await _client.GetFromJsonAsync<JsonElement>("/.well-known/openid-configuration");

        Assert.EndsWith("/connect/token", discovery.GetProperty("token_endpoint").GetString());
        var scopes = discovery.GetProperty("scopes_supported").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Contains("metrics:read", scopes);
        Assert.Contains("qa:write", scopes);
        Assert.Contains("client_credentials", discovery.GetProperty("grant_types_supported").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task The_demo_evaluator_token_lets_it_query_graphql_as_itself()
    {
        var token = await OAuthTokens.GetAsync(_client, OAuthTokens.Evaluator, OAuthTokens.EvaluatorSecret);

        var response = await GraphQLClient.PostAsync(_client, "{ viewer { clientId scopes } }", token);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.False(response.HasErrors);
        var viewer = response.Data.GetProperty("viewer");
        Assert.Equal("demo-evaluator", viewer.GetProperty("clientId").GetString());
        Assert.Contains("metrics:read", viewer.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task A_protected_field_without_a_token_is_UNAUTHENTICATED_and_null()
    {
        var response = await GraphQLClient.PostAsync(_client, "{ platform { version } viewer { clientId } }");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
        Assert.Equal(JsonValueKind.Null, response.Data.GetProperty("viewer").ValueKind);
        Assert.Equal(JsonValueKind.String, response.Data.GetProperty("platform").GetProperty("version").ValueKind);
    }

    [Fact]
    public async Task A_forged_token_is_refused_with_401()
    {
        var real = await OAuthTokens.GetAsync(_client, OAuthTokens.Evaluator, OAuthTokens.EvaluatorSecret);
        var forged = real[..^8] + (real[^8..] == "AAAAAAAA" ? "BBBBBBBB" : "AAAAAAAA");

        var response = await GraphQLClient.PostAsync(_client, "{ viewer { clientId } }", forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Contains("invalid_token", response.Raw.Headers.WwwAuthenticate.ToString());
        Assert.Equal(["UNAUTHENTICATED"], response.ErrorCodes);
    }

    [Fact]
    public async Task A_wrong_client_secret_gets_invalid_client()
    {
        using var response = await OAuthTokens.RequestAsync(_client, OAuthTokens.Evaluator, "not-the-secret");

        Assert.False(response.IsSuccessStatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("invalid_client", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_client_cannot_obtain_a_scope_it_was_not_granted()
    {
        using var response = await OAuthTokens.RequestAsync(_client, OAuthTokens.Partner, OAuthTokens.PartnerSecret, "metrics:read");

        Assert.False(response.IsSuccessStatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        // OpenIddict reports a scope the client has no permission for as invalid_request.
        Assert.Equal("invalid_request", body.GetProperty("error").GetString());
        Assert.Contains("scope", body.GetProperty("error_description").GetString());
    }

    [Fact]
    public async Task A_field_needing_a_scope_is_FORBIDDEN_without_it_and_answered_with_it()
    {
        var partner = await OAuthTokens.GetAsync(_client, OAuthTokens.Partner, OAuthTokens.PartnerSecret);
        var evaluator = await OAuthTokens.GetAsync(_client, OAuthTokens.Evaluator, OAuthTokens.EvaluatorSecret);

        var refused = await GraphQLClient.PostAsync(_client, "{ testMetricsOnly }", partner);
        var allowed = await GraphQLClient.PostAsync(_client, "{ testMetricsOnly }", evaluator);

        Assert.Equal(["FORBIDDEN"], refused.ErrorCodes);
        Assert.Equal("metrics", allowed.Data.GetProperty("testMetricsOnly").GetString());
    }

    [Fact]
    public async Task A_token_asked_for_with_fewer_scopes_carries_only_those()
    {
        var token = await OAuthTokens.GetAsync(_client, OAuthTokens.Evaluator, OAuthTokens.EvaluatorSecret, "signatories:read");

        var response = await GraphQLClient.PostAsync(_client, "{ viewer { scopes } testMetricsOnly }", token);

        Assert.Equal(["signatories:read"], response.Data.GetProperty("viewer").GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!));
        Assert.Equal(["FORBIDDEN"], response.ErrorCodes);
    }
}
