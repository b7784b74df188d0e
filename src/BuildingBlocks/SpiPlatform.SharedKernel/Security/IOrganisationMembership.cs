using Microsoft.AspNetCore.Http;

namespace SpiPlatform.SharedKernel.Security;

/// <summary>Ties a staff account to the organisation it edits (the host owns accounts; the Signatories module owns organisations).</summary>
public interface IOrganisationMembership
{
    /// <summary>
    /// Makes the signed-in organisation editor, who has no organisation yet, the editor of
    /// <paramref name="organisationId"/>, and refreshes their sign-in so the change applies at once.
    /// Returns false if the account already edits an organisation or is not an organisation editor.
    /// </summary>
    Task<bool> LinkEditorAsync(HttpContext http, Guid organisationId, CancellationToken ct);
}
