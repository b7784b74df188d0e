using System.Net;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SpiPlatform.Host.Security;

using SpiPlatform.TestKit;

namespace SpiPlatform.Host.Tests.Security;

/// <summary>
/// Idle and absolute timeouts of the staff session, without waiting: a real sign-in's cookie is re-issued by the app's
/// own ticket protector with its times moved back, as the browser would hold it hours later.
/// </summary>
[Collection(HostCollection.Collection)]
public sealed class SessionTimeoutTests(HostFixture fixture)
{
    private CookieAuthenticationOptions Cookie => fixture.Factory.Services
        .GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(IdentityConstants.ApplicationScheme);

    private StaffSessionOptions Session => fixture.Factory.Services.GetRequiredService<IOptions<StaffSessionOptions>>().Value;

    [Fact]
    public void The_cookie_slides_with_the_idle_timeout()
    {
        Assert.Equal(TimeSpan.FromMinutes(30), Session.IdleTimeout);
        Assert.Equal(TimeSpan.FromHours(8), Session.AbsoluteTimeout);
        Assert.Equal(Session.IdleTimeout, Cookie.ExpireTimeSpan);
        Assert.True(Cookie.SlidingExpiration);
    }

    [Fact]
    public async Task A_session_kept_active_is_still_signed_in_before_the_absolute_timeout()
    {
        var now = DateTimeOffset.UtcNow;
        var cookie = await AgedCookieAsync(started: now - Session.AbsoluteTimeout + TimeSpan.FromMinutes(10), lastRenewed: now - TimeSpan.FromMinutes(5));

        Assert.NotNull(await ViewerNameAsync(cookie));
    }

    [Fact]
    public async Task A_session_older_than_the_absolute_timeout_is_refused_however_active()
    {
        var now = DateTimeOffset.UtcNow;
        var cookie = await AgedCookieAsync(started: now - Session.AbsoluteTimeout - TimeSpan.FromMinutes(1), lastRenewed: now - TimeSpan.FromMinutes(5));

        Assert.Null(await ViewerNameAsync(cookie));
        using var client = ClientWith(cookie);
        using var page = await client.GetAsync("/my-work");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/login", page.Headers.Location!.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_session_idle_longer_than_the_idle_timeout_is_refused()
    {
        var now = DateTimeOffset.UtcNow;
        var cookie = await AgedCookieAsync(started: now - TimeSpan.FromHours(1), lastRenewed: now - Session.IdleTimeout - TimeSpan.FromMinutes(1));

        Assert.Null(await ViewerNameAsync(cookie));
    }

    private async Task<string> AgedCookieAsync(DateTimeOffset started, DateTimeOffset lastRenewed)
    {
        using var client = fixture.Factory.CreateClient(new() { AllowAutoRedirect = false });
        var token = await StaffLogin.AntiforgeryTokenAsync(client);
        using var signIn = await StaffLogin.PostLoginAsync(client, StaffLogin.QaReviewer, StaffLogin.Password, token);
        var value = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(StaffLogin.CookieName + "=", StringComparison.Ordinal))
            .Split(';')[0][(StaffLogin.CookieName.Length + 1)..];

        var ticket = Cookie.TicketDataFormat.Unprotect(value) ?? throw new InvalidOperationException("The staff cookie did not unprotect.");
        Assert.True(ticket.Properties.Items.ContainsKey(SessionLifetime.StartedKey), "sign-in did not stamp the session start");
        ticket.Properties.Items[SessionLifetime.StartedKey] = started.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        ticket.Properties.IssuedUtc = lastRenewed;
        ticket.Properties.ExpiresUtc = lastRenewed + Session.IdleTimeout;
        return Cookie.TicketDataFormat.Protect(new AuthenticationTicket(ticket.Principal, ticket.Properties, ticket.AuthenticationScheme));
    }

    private HttpClient ClientWith(string cookie)
    {
        var client = fixture.Factory.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", $"{StaffLogin.CookieName}={cookie}");
        return client;
    }

    private async Task<string?> ViewerNameAsync(string cookie)
    {
        using var client = ClientWith(cookie);
        var response = await GraphQLClient.PostAsync(client, "{ viewer { name } }");
        return response.HasErrors ? null : response.Data.GetProperty("viewer").GetProperty("name").GetString();
    }
}
