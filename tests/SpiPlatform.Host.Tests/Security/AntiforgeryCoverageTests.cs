using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

using SpiPlatform.TestKit;

namespace SpiPlatform.Host.Tests.Security;

/// <summary>
/// Every endpoint that accepts a POST, found in the app's own endpoint list (a new page handler or minimal endpoint is
/// covered without a new line here), refuses a POST without a valid antiforgery token with a 400: not a 500, not a 200.
/// </summary>
[Collection(HostCollection.Collection)]
public sealed class AntiforgeryCoverageTests(HostFixture fixture)
{
    /// <summary>POST endpoints that take no antiforgery token, and why.</summary>
    private static readonly Dictionary<string, string> Exempt = new()
    {
        // JSON only: a cookie-signed-in browser call must be application/json or carry the preflight header, which a
        // cross-site form cannot send (GraphQLTransportTests: A_cookie_signed_in_get_without_the_preflight_header...).
        ["/graphql"] = "GraphQL: JSON-only CSRF guard, no form posts",
        // OAuth client credentials: the client authenticates with its secret in the body; no cookie is read.
        ["/connect/token"] = "OpenIddict token endpoint: client credentials, no cookie",
        // Only the target of re-executed error responses; it renders the error page and changes nothing.
        ["/error/{code:int?}"] = "error page: re-executed POSTs only, no state change",
        // Hangfire's dashboard checks the token itself and answers 403: A_hangfire_dashboard_post_needs_the_token.
        ["/ops/jobs/{**path}"] = "Hangfire dashboard: its own antiforgery check, 403",
    };

    private static readonly string?[] Callers =
    [
        null, StaffLogin.ProgrammeTeam, StaffLogin.QaReviewer, StaffLogin.OrganisationEditor, StaffLogin.Evaluator,
        StaffLogin.HealthBoardSignatory,
    ];

    [Fact]
    public async Task Every_post_without_an_antiforgery_token_is_refused_with_400()
    {
        var targets = await PostTargetsAsync();
        Assert.Contains(targets, t => t.Route == "/account/login");
        Assert.Contains(targets, t => t.Route == "/qa" && t.Url.Contains("handler=Claim", StringComparison.Ordinal));
        Assert.True(targets.Count > 30, $"only {targets.Count} POST targets found: is the enumeration broken?");

        var clients = new List<HttpClient>();
        foreach (var caller in Callers)
        {
            clients.Add(await fixture.StaffClientAsync(caller));
        }
        var failures = new List<string>();
        foreach (var target in targets)
        {
            var seen = new List<int>();
            foreach (var client in clients)
            {
                // The empty token field a stripped or forged form would carry.
                using var response = await client.PostAsync(target.Url,
                    new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = "" }));
                seen.Add((int)response.StatusCode);
                if (response.StatusCode == HttpStatusCode.BadRequest)
                {
                    break;
                }
            }
            // Refused before antiforgery (sign-in or access-denied redirect, 403) by some callers is fine; every caller
            // let in must meet the antiforgery check, and at least one caller must have reached it.
            if (seen.Any(s => s is >= 200 and < 300 or >= 500) || seen[^1] != 400)
            {
                failures.Add($"{target.Url}: {string.Join(", ", seen)}");
            }
        }
        Assert.True(failures.Count == 0, "POSTs without a token not refused with 400:\n" + string.Join("\n", failures));
    }

    [Fact]
    public async Task A_malformed_multipart_post_is_a_400_not_a_500()
    {
        using var client = await fixture.StaffClientAsync(null);
        var content = new StringContent("not multipart at all");
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");

        using var response = await client.PostAsync("/account/login", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_hangfire_dashboard_post_needs_the_token()
    {
        using var client = await fixture.StaffClientAsync(StaffLogin.ProgrammeTeam);
        var form = new Dictionary<string, string> { ["jobs[]"] = "no-such-recurring-job" };

        using var without = await client.PostAsync("/ops/jobs/recurring/trigger", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Forbidden, without.StatusCode);

        form["__RequestVerificationToken"] = await StaffLogin.AntiforgeryTokenAsync(client, "/account/login");
        using var with = await client.PostAsync("/ops/jobs/recurring/trigger", new FormUrlEncodedContent(form));
        Assert.True(with.IsSuccessStatusCode, $"with the token: {(int)with.StatusCode}");
    }

    private sealed record Target(string Route, string Url);

    private async Task<List<Target>> PostTargetsAsync()
    {
        var services = fixture.Factory.Services;
        var loader = services.GetRequiredService<PageLoader>();
        var targets = new List<Target>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var route = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (Exempt.ContainsKey(route))
            {
                continue;
            }
            var url = Fill(endpoint.RoutePattern);
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = await loader.LoadAsync(page, endpoint.Metadata);
                foreach (var handler in compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)))
                {
                    targets.Add(new(route, string.IsNullOrEmpty(handler.Name) ? url : $"{url}?handler={handler.Name}"));
                }
            }
            else if (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods || methods.HttpMethods.Contains(HttpMethods.Post))
            {
                targets.Add(new(route, url));
            }
        }
        return targets.DistinctBy(t => t.Url).ToList();
    }

    private static string Fill(RoutePattern pattern)
    {
        var parts = pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter => ValueFor(parameter),
            _ => "",
        })));
        return "/" + string.Join('/', parts.Where(p => p.Length > 0));
    }

    private static string ValueFor(RoutePatternParameterPart parameter)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content).ToList();
        if (constraints.Contains("guid"))
        {
            return "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
        }
        if (constraints.Contains("int"))
        {
            return "1";
        }
        return parameter.IsCatchAll ? "x" : "ISP-2024-0001";
    }
}
