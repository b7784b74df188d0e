using System.Security.Claims;

namespace SpiPlatform.SharedKernel.Web;

/// <summary>
/// Something waiting for the signed-in user, shown in their in-tray (<c>/my-work</c>) and counted in the header.
/// </summary>
/// <param name="Kind">A stable key for the kind of work, e.g. <c>qa.claim</c>; items are grouped by it.</param>
/// <param name="TitleEn">What is waiting, in English (usually the agreement's reference and title).</param>
/// <param name="TitleCy">The same in Welsh.</param>
/// <param name="ActionEn">What the user is to do, in English, e.g. "Sign off".</param>
/// <param name="ActionCy">The same in Welsh.</param>
/// <param name="Url">Where the action is taken.</param>
/// <param name="Since">Since when it has been waiting.</param>
public sealed record WorkItem(string Kind, string TitleEn, string TitleCy, string ActionEn, string ActionCy, string Url, DateTimeOffset Since);

/// <summary>A module's contribution to the in-tray. Register with <c>services.AddScoped&lt;IWorkItemSource, ...&gt;()</c>.</summary>
public interface IWorkItemSource
{
    /// <summary>Everything of this module waiting for <paramref name="user"/>, and for nobody else.</summary>
    Task<IReadOnlyList<WorkItem>> ForAsync(ClaimsPrincipal user, CancellationToken ct);

    /// <summary>How many items <see cref="ForAsync"/> would list: the header shows it on every page, so make it cheap.</summary>
    async Task<int> CountAsync(ClaimsPrincipal user, CancellationToken ct) => (await ForAsync(user, ct)).Count;
}
