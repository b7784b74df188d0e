using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using SpiPlatform.TestKit;

namespace SpiPlatform.Host.Tests.Auth;

[Collection(HostCollection.Collection)]
public sealed class StaffSignInTests(HostFixture fixture) : IAsyncLifetime
{
    private readonly HttpClient _client = fixture.Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public Task InitializeAsync() => fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_signed_in_member_of_staff_queries_graphql_with_the_cookie_and_their_roles()
    {
        await StaffLogin.SignInAsync(_client, StaffLogin.ProgrammeTeam);

        var response = await GraphQLClient.PostAsync(_client, "{ viewer { name roles } testMetricsOnly }");

        Assert.False(response.HasErrors);
        Assert.Equal(["ProgrammeTeam"], response.Data.GetProperty("viewer").GetProperty("roles").EnumerateArray().Select(r => r.GetString()!));
        Assert.Equal("metrics", response.Data.GetProperty("testMetricsOnly").GetString());
    }

    [Fact]
    public async Task A_cookie_signed_in_get_without_the_preflight_header_is_refused_as_possible_csrf()
    {
        await StaffLogin.SignInAsync(_client, StaffLogin.ProgrammeTeam);

        var refused = await GraphQLClient.GetAsync(_client, "{ viewer { name } }");
        var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ viewer { name } }"));
        request.Headers.Add("GraphQL-Require-Preflight", "1");
        var allowed = await GraphQLClient.SendAsync(_client, request);

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(["PREFLIGHT_REQUIRED"], refused.ErrorCodes);
        Assert.Equal(HttpStatusCode.OK, allowed.Status);
        Assert.False(allowed.HasErrors, allowed.Body.ToString());
        Assert.Equal("Demo Programme Team", allowed.Data.GetProperty("viewer").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_wrong_password_re_renders_the_form_with_a_message_and_no_session()
    {
        var token = await StaffLogin.AntiforgeryTokenAsync(_client);

        using var response = await StaffLogin.PostLoginAsync(_client, StaffLogin.QaReviewer, "wrong-password", token);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("The email address or password is not right.", await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var c) ? c : [], v => v.StartsWith("spi.staff=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Five_failed_attempts_lock_the_account_even_against_the_right_password()
    {
        var token = await StaffLogin.AntiforgeryTokenAsync(_client);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var _ = await StaffLogin.PostLoginAsync(_client, StaffLogin.Evaluator, "wrong-password", token);
        }

        using var response = await StaffLogin.PostLoginAsync(_client, StaffLogin.Evaluator, StaffLogin.Password, token);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("locked", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_htmx_login_without_the_antiforgery_token_is_400_and_signs_nobody_in()
    {
        await StaffLogin.AntiforgeryTokenAsync(_client);
        var request = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = StaffLogin.ProgrammeTeam, ["Password"] = StaffLogin.Password }),
        };
        request.Headers.Add("HX-Request", "true");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(v => v.StartsWith("spi.staff=", StringComparison.Ordinal)));
        var viewer = await GraphQLClient.PostAsync(_client, "{ viewer { name } }");
        Assert.Equal(["UNAUTHENTICATED"], viewer.ErrorCodes);
    }

    [Fact]
    public async Task An_htmx_login_with_the_token_in_the_header_signs_in_and_redirects_through_htmx()
    {
        var token = await StaffLogin.AntiforgeryTokenAsync(_client);
        var request = new HttpRequestMessage(HttpMethod.Post, "/account/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = StaffLogin.ProgrammeTeam, ["Password"] = StaffLogin.Password }),
        };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", token);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/", response.Headers.GetValues("HX-Redirect").Single());
    }
}
