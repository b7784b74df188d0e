using System.Security.Claims;

namespace SpiPlatform.SharedKernel.Web;

/// <summary>A link a module adds to the site's main menu, in both languages. Register as a singleton.</summary>
public sealed record NavigationLink(string Href, string English, string Welsh, int Order, Func<ClaimsPrincipal, bool>? VisibleTo = null)
{
    /// <summary>The text for the current language.</summary>
    public string Text(bool welsh) => welsh ? Welsh : English;
}
