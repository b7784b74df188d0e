using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace SpiPlatform.Host.Localization;

/// <summary>English and Cymraeg: chosen by <c>?culture=</c> (then remembered in a cookie), the cookie, or the browser.</summary>
internal static class LocalizationServices
{
    public static readonly CultureInfo[] Supported = [new("en"), new("cy")];

    public static void AddSpiLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("en");
            o.SupportedCultures = Supported;
            o.SupportedUICultures = Supported;
            o.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
    }

    public static void UseSpiLocalization(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.Use(RememberChosenCulture);
    }

    // A ?culture= link is how a person switches language; remember it so the next page stays in that language.
    private static Task RememberChosenCulture(HttpContext http, Func<Task> next)
    {
        if (http.Request.Query.ContainsKey("culture")
            && http.Features.Get<IRequestCultureFeature>()?.Provider is QueryStringRequestCultureProvider)
        {
            var culture = http.Features.Get<IRequestCultureFeature>()!.RequestCulture;
            http.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(culture),
                new CookieOptions
                {
                    Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true,
                    Secure = Security.CookieSecurity.IsSecure(http, http.RequestServices.GetRequiredService<IHostEnvironment>()),
                });
        }
        return next();
    }
}
