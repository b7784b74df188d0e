using Microsoft.AspNetCore.Authentication.Cookies;

namespace SpiPlatform.Host.Security;

/// <summary>
/// Every cookie the platform sets (staff session, antiforgery, language) is HttpOnly, SameSite and Secure: always in
/// Production (TLS ends at the reverse proxy, which may talk plain HTTP to us), over HTTPS elsewhere.
/// </summary>
internal static class CookieSecurity
{
    public static CookieSecurePolicy SecurePolicyFor(IHostEnvironment environment)
        => environment.IsProduction() ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

    public static bool IsSecure(HttpContext http, IHostEnvironment environment)
        => environment.IsProduction() || http.Request.IsHttps;

    public static void AddSpiCookieSecurity(this IServiceCollection services, IHostEnvironment environment)
    {
        var secure = SecurePolicyFor(environment);
        // Identity's other cookie schemes (external, two-factor) too, should they ever be used.
        services.ConfigureAll<CookieAuthenticationOptions>(o =>
        {
            o.Cookie.HttpOnly = true;
            o.Cookie.SecurePolicy = secure;
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = secure;
        });
    }
}
