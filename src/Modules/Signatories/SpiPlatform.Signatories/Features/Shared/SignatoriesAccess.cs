using System.Security.Claims;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Signatories.Domain;

namespace SpiPlatform.Signatories.Features.Shared;

/// <summary>Who may do what with the register (the GraphQL fields and pages both ask here).</summary>
internal static class SignatoriesAccess
{
    public static readonly string[] ReadContactsScopes = [SpiScopes.SignatoriesRead];
    public static readonly string[] StaffRoles = [SpiRoles.ProgrammeTeam, SpiRoles.QaReviewer, SpiRoles.OrganisationEditor, SpiRoles.Evaluator];

    public static bool IsProgrammeTeam(ClaimsPrincipal user) => user.IsInRole(SpiRoles.ProgrammeTeam);

    public static bool CanWriteAny(ClaimsPrincipal user)
        => IsProgrammeTeam(user) || user.Scopes().Contains(SpiScopes.SignatoriesWrite);

    /// <summary>
    /// Registering needs write access; or an organisation editor with no organisation yet (self-service sign-up),
    /// or one registering a body their organisation will lead.
    /// </summary>
    public static bool CanRegister(ClaimsPrincipal user, Guid? leadOrganisationId)
    {
        if (CanWriteAny(user))
        {
            return true;
        }
        if (!user.IsInRole(SpiRoles.OrganisationEditor))
        {
            return false;
        }
        var own = user.OrganisationIdOf();
        return own is null ? leadOrganisationId is null : leadOrganisationId == own;
    }

    /// <summary>Someone who signed up to register their organisation and has not registered it yet.</summary>
    public static bool IsEditorWithoutOrganisation(ClaimsPrincipal user)
        => user.IsInRole(SpiRoles.OrganisationEditor) && user.OrganisationIdOf() is null;

    /// <summary>An organisation editor edits their own organisation and the bodies it leads.</summary>
    public static bool CanEdit(ClaimsPrincipal user, Organisation organisation)
    {
        if (CanWriteAny(user))
        {
            return true;
        }
        var own = user.IsInRole(SpiRoles.OrganisationEditor) ? user.OrganisationIdOf() : null;
        return own is not null && (organisation.Id == own || organisation.LeadOrganisationId == own);
    }

    public static bool CanSeeContacts(ClaimsPrincipal user)
        => user.HasScopeOrRole(ReadContactsScopes, StaffRoles);
}
