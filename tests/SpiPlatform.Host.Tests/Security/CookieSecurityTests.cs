using Microsoft.Extensions.Hosting;
using SpiPlatform.Host.Security;

using SpiPlatform.TestKit;

namespace SpiPlatform.Host.Tests.Security;

/// <summary>What the browser is told about each cookie, read from the responses' Set-Cookie headers.</summary>
[Collection(HostCollection.Collection)]
public sealed class CookieSecurityTests(HostFixture fixture)
{
    [Fact]
    public async Task Over_https_the_staff_antiforgery_and_language_cookies_are_secure_httponly_and_samesite()
    {
        using var client = fixture.Factory.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        using var login = await client.GetAsync("/account/login?culture=cy");
        var antiforgery = SetCookie(login, "spi.antiforgery");
        var culture = SetCookie(login, ".AspNetCore.Culture");
        var token = await StaffLogin.AntiforgeryTokenAsync(client);
        using var signIn = await StaffLogin.PostLoginAsync(client, StaffLogin.Evaluator, StaffLogin.Password, token);
        var staff = SetCookie(signIn, "spi.staff");

        foreach (var cookie in new[] { antiforgery, culture, staff })
        {
            Assert.Contains("; secure", cookie);
            Assert.Contains("; httponly", cookie);
        }
        Assert.Contains("; samesite=strict", antiforgery);
        Assert.Contains("; samesite=lax", culture);
        Assert.Contains("; samesite=lax", staff);
    }

    [Fact]
    public async Task Over_plain_http_outside_production_the_cookies_are_httponly_but_not_secure()
    {
        using var client = await fixture.StaffClientAsync(null);
        using var login = await client.GetAsync("/account/login");

        var antiforgery = SetCookie(login, "spi.antiforgery");
        Assert.Contains("; httponly", antiforgery);
        Assert.DoesNotContain("; secure", antiforgery);
    }

    [Fact]
    public void Production_marks_every_cookie_secure_whatever_the_request()
    {
        Assert.Equal(Microsoft.AspNetCore.Http.CookieSecurePolicy.Always, CookieSecurity.SecurePolicyFor(new Env(Environments.Production)));
        Assert.Equal(Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest, CookieSecurity.SecurePolicyFor(new Env("Testing")));
    }

    private static string SetCookie(HttpResponseMessage response, string name)
        => response.Headers.TryGetValues("Set-Cookie", out var values)
           && values.FirstOrDefault(v => v.StartsWith(name + "=", StringComparison.Ordinal)) is { } cookie
            ? cookie.ToLowerInvariant()
            : throw new Xunit.Sdk.XunitException($"{response.RequestMessage!.RequestUri} set no {name} cookie.");

    private sealed class Env(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "SpiPlatform.Host";
        public string ContentRootPath { get; set; } = "/";
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }
}
