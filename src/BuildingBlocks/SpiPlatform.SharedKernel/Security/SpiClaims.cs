using System.Security.Claims;

namespace SpiPlatform.SharedKernel.Security;

/// <summary>Claim types the platform issues, and helpers to read them whichever way the caller signed in.</summary>
public static class SpiClaims
{
    /// <summary>The organisation an <see cref="SpiRoles.OrganisationEditor"/> may edit.</summary>
    public const string OrganisationId = "organisation_id";
    /// <summary>A staff account's chosen language for mail (<c>cy</c> or <c>en</c>), stored as an account claim.</summary>
    public const string PreferredLanguage = "preferred_language";
    /// <summary>OAuth scope claim (one claim per scope, as OpenIddict issues them).</summary>
    public const string Scope = "scope";

    /// <summary>The scopes carried by an OAuth access token (none for a staff cookie).</summary>
    public static IReadOnlySet<string> Scopes(this ClaimsPrincipal user)
        => user.FindAll(Scope).SelectMany(c => c.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether the caller holds the scope or is a staff user in one of the roles.</summary>
    public static bool HasScopeOrRole(this ClaimsPrincipal user, IEnumerable<string> scopes, IEnumerable<string> roles)
    {
        var held = user.Scopes();
        return scopes.Any(held.Contains) || roles.Any(user.IsInRole);
    }

    /// <summary>The organisation id of an organisation editor, if the caller has one.</summary>
    public static Guid? OrganisationIdOf(this ClaimsPrincipal user)
        => Guid.TryParse(user.FindFirst(OrganisationId)?.Value, out var id) ? id : null;
}
