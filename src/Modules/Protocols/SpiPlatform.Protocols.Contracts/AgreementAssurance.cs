using System.Security.Claims;

namespace SpiPlatform.Protocols.Contracts;

/// <summary>
/// The ISP document's extension point for what another module knows of an agreement's assurance: the Quality
/// Assurance module supplies the QA reference and date for the title page and the partners' sign-off record. Protocols
/// asks only after it has decided that the reader may see the agreement (or version), so a source answers for anyone
/// who may see it and needs no access check of its own.
/// </summary>
public interface IAgreementAssuranceSource
{
    /// <summary>
    /// The assurance of the agreement as it stood at <paramref name="versionNumber"/> (its frozen version), or of its
    /// latest round when null; null when it has none (never submitted). Whether signatories' names are given is the
    /// source's rule for this <paramref name="reader"/> (the agreement page shows them to signed-in readers only).
    /// </summary>
    Task<AgreementAssurance?> ForAsync(Guid agreementId, int? versionNumber, ClaimsPrincipal reader, CancellationToken ct);
}

/// <summary>An agreement's quality assurance and sign-off, as the ISP document records them.</summary>
/// <param name="QaReference">The WASPI team's reference, e.g. QA-2011-0003, once quality assured.</param>
/// <param name="QualityAssuredOn">The date it was quality assured (Welsh date).</param>
/// <param name="SignOffs">Each partner's sign-off, in the order to print them.</param>
public sealed record AgreementAssurance(string? QaReference, DateOnly? QualityAssuredOn, IReadOnlyList<PartnerSignOff> SignOffs);

/// <summary>Where a partner's sign-off stands.</summary>
public enum PartnerSignOffState
{
    /// <summary>Asked, not yet answered.</summary>
    Pending,
    /// <summary>Signed off.</summary>
    Signed,
    /// <summary>Declined.</summary>
    Declined,
}

/// <summary>One partner's sign-off of the agreement.</summary>
/// <param name="OrganisationId">The partner (Signatories id).</param>
/// <param name="State">Pending, signed or declined.</param>
/// <param name="DecidedOn">When it signed or declined (Welsh date), if it has.</param>
/// <param name="SignatoryName">Who signed for it, when recorded and the reader may see it.</param>
/// <param name="SignatoryRole">Their position, e.g. Caldicott Guardian, when recorded.</param>
public sealed record PartnerSignOff(Guid OrganisationId, PartnerSignOffState State, DateOnly? DecidedOn, string? SignatoryName, string? SignatoryRole);
