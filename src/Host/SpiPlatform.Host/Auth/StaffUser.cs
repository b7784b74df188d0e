using Microsoft.AspNetCore.Identity;

namespace SpiPlatform.Host.Auth;

/// <summary>A member of staff who signs in with a password (programme team, QA reviewer, organisation editor, evaluator).</summary>
internal sealed class StaffUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    /// <summary>For an organisation editor: the one organisation (Signatories id) they may edit.</summary>
    public Guid? OrganisationId { get; set; }
}
