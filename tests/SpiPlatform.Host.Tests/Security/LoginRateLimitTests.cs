using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SpiPlatform.Host.Security;

using SpiPlatform.TestKit;

namespace SpiPlatform.Host.Tests.Security;

/// <summary>The sign-in rate limits (besides lockout): per account name asked for, and per client address.</summary>
[Collection(HostCollection.Collection)]
public sealed partial class LoginRateLimitTests(HostFixture fixture)
{
    private LoginRateLimitOptions Limits => fixture.Factory.Services.GetRequiredService<IOptions<LoginRateLimitOptions>>().Value;

    [Fact]
    public void Production_allows_30_attempts_per_address_in_5_minutes_and_10_per_account_in_15()
    {
        var defaults = new LoginRateLimitOptions();

        Assert.Equal((30, TimeSpan.FromMinutes(5)), (defaults.PerAddressPermitLimit, defaults.PerAddressWindow));
        Assert.Equal((10, TimeSpan.FromMinutes(15)), (defaults.PerAccountPermitLimit, defaults.PerAccountWindow));
    }

    [Fact]
    public async Task Attempts_on_one_account_beyond_the_limit_are_refused_with_429_and_a_bilingual_page()
    {
        using var client = await fixture.StaffClientAsync(null);
        var account = $"nobody-{Guid.NewGuid():N}@example.org"; // lockout never applies to a name with no account
        var token = await StaffLogin.AntiforgeryTokenAsync(client);
        for (var attempt = 0; attempt < Limits.PerAccountPermitLimit; attempt++)
        {
            using var allowed = await StaffLogin.PostLoginAsync(client, account, "wrong-password", token);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, allowed.StatusCode);
        }

        using var refused = await StaffLogin.PostLoginAsync(client, account.ToUpperInvariant(), "wrong-password", token);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Contains("Too many attempts", await refused.Content.ReadAsStringAsync());

        using var welsh = await client.GetAsync("/account/login?culture=cy");
        using var refusedInWelsh = await StaffLogin.PostLoginAsync(client, account, "wrong-password", token);
        Assert.Equal(HttpStatusCode.TooManyRequests, refusedInWelsh.StatusCode);
        Assert.Contains("Gormod o ymdrechion", await refusedInWelsh.Content.ReadAsStringAsync());

        // Another account from the same client is still let through to the form.
        using var other = await StaffLogin.PostLoginAsync(client, $"other-{Guid.NewGuid():N}@example.org", "wrong-password", token);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
    }

    [Fact]
    public async Task Attempts_from_one_address_beyond_the_limit_are_refused_whatever_the_account()
    {
        var (token, cookie) = await AnonymousFormAsync();
        var address = IPAddress.Parse($"10.{Random.Shared.Next(1, 250)}.{Random.Shared.Next(1, 250)}.{Random.Shared.Next(1, 250)}");
        for (var attempt = 0; attempt < Limits.PerAddressPermitLimit; attempt++)
        {
            Assert.Equal(StatusCodes.Status422UnprocessableEntity, await AttemptFromAsync(address, $"spray-{attempt}-{Guid.NewGuid():N}@example.org", token, cookie));
        }

        Assert.Equal(StatusCodes.Status429TooManyRequests, await AttemptFromAsync(address, $"spray-last-{Guid.NewGuid():N}@example.org", token, cookie));
        Assert.Equal(StatusCodes.Status422UnprocessableEntity, await AttemptFromAsync(IPAddress.Parse("192.0.2.77"), $"fresh-{Guid.NewGuid():N}@example.org", token, cookie));
    }

    private async Task<(string Token, string Cookie)> AnonymousFormAsync()
    {
        using var client = await fixture.StaffClientAsync(null);
        using var page = await client.GetAsync("/account/login");
        var html = await page.Content.ReadAsStringAsync();
        var token = WebUtility.HtmlDecode(TokenInput().Match(html).Groups[1].Value);
        var cookie = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("spi.antiforgery=", StringComparison.Ordinal)).Split(';')[0];
        return (token, cookie);
    }

    // The test server has no network peer: the address is set on the request, as Kestrel would from the connection.
    private async Task<int> AttemptFromAsync(IPAddress address, string email, string token, string cookie)
    {
        var context = await fixture.Factory.Server.SendAsync(c =>
        {
            c.Connection.RemoteIpAddress = address;
            c.Request.Method = HttpMethods.Post;
            c.Request.Path = "/account/login";
            c.Request.ContentType = "application/x-www-form-urlencoded";
            c.Request.Headers.Cookie = cookie;
            var body = $"Email={Uri.EscapeDataString(email)}&Password=wrong-password&__RequestVerificationToken={Uri.EscapeDataString(token)}";
            c.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(body));
        });
        return context.Response.StatusCode;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
