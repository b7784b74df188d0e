using System.Net;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using SpiPlatform.Host.Security;

using SpiPlatform.TestKit;

namespace SpiPlatform.Host.Tests.Security;

[Collection(HostCollection.Collection)]
public sealed class SecurityHeadersTests(HostFixture fixture)
{
    [Theory]
    [InlineData("/")]
    [InlineData("/account/login")]
    [InlineData("/library")]
    [InlineData("/no-such-page")]
    [InlineData("/css/site.css")]
    public async Task Pages_errors_and_files_carry_the_security_headers(string path)
    {
        using var client = await fixture.StaffClientAsync(null);
        using var response = await client.GetAsync(path);

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("style-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.DoesNotContain("data:", csp);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("strict-origin-when-cross-origin", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"));
        Assert.Contains("geolocation=()", Header(response, "Permissions-Policy"));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Html_pages_may_not_be_framed()
    {
        using var client = await fixture.StaffClientAsync(null);
        using var response = await client.GetAsync("/account/login");

        Assert.Equal("DENY", Header(response, "X-Frame-Options"));
    }

    [Fact]
    public async Task GraphiQL_may_use_its_data_fonts_but_still_only_our_scripts()
    {
        using var client = await fixture.StaffClientAsync(null);
        using var response = await client.GetAsync("/graphql/ui");

        var csp = Header(response, "Content-Security-Policy");
        Assert.Contains("font-src 'self' data:", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe", csp);
        Assert.DoesNotContain("<style", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_graphql_api_answers_with_the_headers_too()
    {
        using var client = await fixture.StaffClientAsync(null);
        using var response = await client.PostAsync("/graphql",
            new StringContent("""{"query":"{ platform { version } }"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"));
    }

    [Fact]
    public async Task No_hsts_outside_production_even_over_https()
    {
        using var client = fixture.Factory.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public void Production_adds_hsts_for_a_year_with_subdomains()
    {
        var production = SecurityHeaders.PolicyFor(new Environment(Environments.Production), dataFonts: false);
        var testing = SecurityHeaders.PolicyFor(new Environment("Testing"), dataFonts: false);

        Assert.True(production.ContainsKey("Strict-Transport-Security"));
        Assert.False(testing.ContainsKey("Strict-Transport-Security"));
    }

    private static string Header(HttpResponseMessage response, string name)
        => response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : throw new Xunit.Sdk.XunitException($"{(int)response.StatusCode} {response.RequestMessage!.RequestUri} has no {name} header.");

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "SpiPlatform.Host";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
