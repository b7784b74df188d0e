using System.Security.Claims;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.SharedKernel.Security;

namespace SpiPlatform.Protocols.Features.Shared;

/// <summary>Who may read and change agreements.</summary>
internal static class ProtocolsAccess
{
    // Quality assured is finished work others may reuse, even while its partners are still signing it off (ADR 0006).
    private static readonly AgreementStatus[] Public =
        [AgreementStatus.QualityAssured, AgreementStatus.AwaitingSignOff, AgreementStatus.Live, AgreementStatus.UnderReview];

    public static bool IsPublic(AgreementStatus status) => Public.Contains(status);

    public static IReadOnlyList<AgreementStatus> PublicStatuses => Public;

    public static bool CanWriteAny(ClaimsPrincipal user)
        => user.IsInRole(SpiRoles.ProgrammeTeam) || user.Scopes().Contains(SpiScopes.ProtocolsWrite);

    /// <summary>Everything, drafts included: the programme team, QA reviewers, evaluators and API clients with protocols:read.</summary>
    public static bool CanReadAll(ClaimsPrincipal user)
        => user.HasScopeOrRole([SpiScopes.ProtocolsRead, SpiScopes.ProtocolsWrite], [SpiRoles.ProgrammeTeam, SpiRoles.QaReviewer, SpiRoles.Evaluator]);

    public static Guid? OwnOrganisation(ClaimsPrincipal user)
        => user.IsInRole(SpiRoles.OrganisationEditor) ? user.OrganisationIdOf() : null;

    public static bool CanRead(ClaimsPrincipal user, Agreement agreement)
        => IsPublic(agreement.Status) || CanReadAll(user) || (OwnOrganisation(user) is { } own && agreement.PartnerIds.Contains(own));

    public static bool CanCreate(ClaimsPrincipal user, Guid? coordinatorId)
        => CanWriteAny(user) || (OwnOrganisation(user) is { } own && own == coordinatorId);

    /// <summary>
    /// Who coordinates a new draft, whichever way it is started: the organisation asked for; else the caller's own;
    /// else, for a draft started from another agreement, that agreement's coordinator.
    /// </summary>
    public static Guid? CoordinatorOf(ClaimsPrincipal user, Guid? requested, Guid? fallback = null)
        => requested ?? OwnOrganisation(user) ?? fallback;

    public static bool CanEdit(ClaimsPrincipal user, Agreement agreement)
        => CanWriteAny(user) || (OwnOrganisation(user) is { } own && agreement.PartnerIds.Contains(own));
}
