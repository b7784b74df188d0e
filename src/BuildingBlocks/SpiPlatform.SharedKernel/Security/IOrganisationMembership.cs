using System.Security.Claims;

namespace SpiPlatform.SharedKernel.Security;

/// <summary>Ties a staff account to the organisation it edits (the host owns accounts; the Signatories module owns organisations).</summary>
public interface IOrganisationMembership
{
    /// <summary>
    /// Makes <paramref name="user"/>, an organisation editor with no organisation yet, the editor of
    /// <paramref name="organisationId"/>; when they are the signed-in user of the current request, their sign-in is
    /// refreshed so the change applies at once. Returns false if the account already edits an organisation, is not an
    /// organisation editor, or is no staff account (an OAuth client).
    /// </summary>
    Task<bool> LinkEditorAsync(ClaimsPrincipal user, Guid organisationId, CancellationToken ct);

    /// <summary>The display name of the staff account with <paramref name="email"/> if it belongs to <paramref name="organisationId"/>, else null.</summary>
    Task<string?> MemberNameAsync(string email, Guid organisationId, CancellationToken ct);
}
