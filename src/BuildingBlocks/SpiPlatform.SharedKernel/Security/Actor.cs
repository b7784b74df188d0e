using System.Security.Claims;

namespace SpiPlatform.SharedKernel.Security;

/// <summary>Who is acting, as recorded in history: a member of staff or an OAuth client.</summary>
public sealed record Actor(string Id, string DisplayName)
{
    /// <summary>The actor behind a principal: the OAuth client id, or the staff user's email.</summary>
    public static Actor From(ClaimsPrincipal user)
    {
        var client = ClientIdOf(user);
        if (client is not null)
        {
            return new($"client:{client}", user.FindFirst("name")?.Value ?? client);
        }
        var email = user.FindFirst(ClaimTypes.Email)?.Value ?? user.Identity?.Name ?? "anonymous";
        return new($"staff:{email}", user.FindFirst("display_name")?.Value ?? email);
    }

    /// <summary>The OAuth client id behind an access token, or null for a staff user (cookie sign-in).</summary>
    public static string? ClientIdOf(ClaimsPrincipal user) => user.FindFirst("client_id")?.Value ?? user.FindFirst("azp")?.Value;
}
