namespace SpiPlatform.Signatories.Contracts;

/// <summary>What the Metrics module counts of one Accord signature.</summary>
/// <param name="SignatureId">The signature.</param>
/// <param name="OrganisationId">The organisation that signed.</param>
/// <param name="Sector">The organisation's sector.</param>
/// <param name="Areas">The areas the organisation serves.</param>
/// <param name="SignedOn">When it was signed.</param>
/// <param name="Status">Where the signature stands now (Pending, Active, Rejected, Withdrawn or Lapsed).</param>
/// <param name="VerifiedOn">When it was verified (Welsh date), if it ever was; imported history counts as verified on signing.</param>
/// <param name="EndedOn">When it was withdrawn, lapsed or rejected (Welsh date), if it was.</param>
public sealed record SignatureFacts(
    Guid SignatureId, Guid OrganisationId, OrganisationSector Sector, IReadOnlyList<ServiceArea> Areas, DateOnly SignedOn,
    AccordStatus Status, DateOnly? VerifiedOn, DateOnly? EndedOn);
