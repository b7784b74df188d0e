using System.Security.Claims;

namespace SpiPlatform.SharedKernel.Web;

/// <summary>A link with a count in the staff header (e.g. the notifications bell), refreshed every 30 seconds by htmx.</summary>
/// <param name="Key">A stable key: the badge refreshes from <c>/header-badges/{Key}</c>.</param>
/// <param name="Href">Where the link goes.</param>
/// <param name="TextEn">The link's text in English.</param>
/// <param name="TextCy">The same in Welsh.</param>
/// <param name="Count">The number shown.</param>
/// <param name="CountTextEn">What the number means, for screen readers, in English (e.g. "3 unread").</param>
/// <param name="CountTextCy">The same in Welsh.</param>
public sealed record HeaderBadge(string Key, string Href, string TextEn, string TextCy, int Count, string CountTextEn, string CountTextCy);

/// <summary>
/// A module's badge in the staff header. Register with <c>services.AddScoped&lt;IHeaderBadgeSource, ...&gt;()</c>;
/// a response that changes the count sends the <c>HX-Trigger: header-badges-changed</c> header to refresh it at once.
/// </summary>
public interface IHeaderBadgeSource
{
    /// <summary>The key of the badge this source gives.</summary>
    string Key { get; }

    /// <summary>The badge for <paramref name="user"/>, or null to show none. Shown on every page: make it cheap.</summary>
    Task<HeaderBadge?> ForAsync(ClaimsPrincipal user, CancellationToken ct);
}

/// <summary>The htmx event that makes the header's badges refresh.</summary>
public static class HeaderBadgeEvents
{
    /// <summary>Send as <c>HX-Trigger</c> after a change to a badge's count.</summary>
    public const string Changed = "header-badges-changed";
}
