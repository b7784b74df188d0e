using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace SpiPlatform.Host.Security;

/// <summary>
/// The absolute session timeout. The cookie's sliding expiry is the idle timeout, and each renewal moves its issued
/// time, so the moment of sign-in is kept in the ticket itself and a ticket older than the absolute timeout is refused
/// however active its holder has been.
/// </summary>
internal static class SessionLifetime
{
    public const string StartedKey = "spi.session.started";

    public static void StampStart(CookieSigningInContext context, TimeProvider clock)
    {
        if (!context.Properties.Items.ContainsKey(StartedKey))
        {
            context.Properties.Items[StartedKey] = clock.GetUtcNow().ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public static async Task RejectIfTooOldAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var limit = services.GetRequiredService<IOptions<StaffSessionOptions>>().Value.AbsoluteTimeout;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (!IsWithin(context.Properties, limit, now))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(context.Scheme.Name);
        }
    }

    /// <summary>A ticket without a start (issued before this rule) counts from its issue time.</summary>
    public static bool IsWithin(AuthenticationProperties properties, TimeSpan limit, DateTimeOffset now)
    {
        var started = properties.Items.TryGetValue(StartedKey, out var text)
                      && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind, out var parsed)
            ? parsed
            : properties.IssuedUtc;
        return started is { } s && now - s <= limit;
    }
}
