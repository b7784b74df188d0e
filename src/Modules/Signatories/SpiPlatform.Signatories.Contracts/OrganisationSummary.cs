namespace SpiPlatform.Signatories.Contracts;

/// <summary>What other modules need to know of an organisation.</summary>
/// <param name="Id">The organisation's id.</param>
/// <param name="NameEn">Its English name.</param>
/// <param name="NameCy">Its Welsh name (the English name when it has none).</param>
/// <param name="Sector">Its sector.</param>
/// <param name="Areas">The areas it serves.</param>
/// <param name="Status">Its Accord status.</param>
public sealed record OrganisationSummary(
    Guid Id, string NameEn, string NameCy, OrganisationSector Sector, IReadOnlyList<ServiceArea> Areas, AccordStatus Status)
{
    /// <summary>Whether it is a current (verified) Accord signatory.</summary>
    public bool IsActiveSignatory => Status == AccordStatus.Active;
}
