using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Signatories.Domain;

namespace SpiPlatform.Signatories.Domain;

/// <summary>What a person or client supplies when registering or updating an organisation.</summary>
internal sealed record OrganisationDetails(
    string? NameEn,
    string? NameCy,
    OrganisationSector? Sector,
    IReadOnlyList<ServiceArea>? Areas,
    string? OdsCode = null,
    string? CharityNumber = null,
    string? CompanyNumber = null,
    string? IcoNumber = null,
    string? AddressLine1 = null,
    string? AddressLine2 = null,
    string? Town = null,
    string? Postcode = null,
    string? Website = null,
    Guid? LeadOrganisationId = null);
