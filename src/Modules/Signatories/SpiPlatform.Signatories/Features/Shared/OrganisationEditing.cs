using SpiPlatform.Signatories.Domain;

namespace SpiPlatform.Signatories.Features.Shared;

internal static class OrganisationEditing
{
    /// <summary>Copies checked details onto the organisation.</summary>
    public static void Apply(Organisation o, OrganisationDetails clean)
    {
        o.NameEn = clean.NameEn!;
        o.NameCy = clean.NameCy!;
        o.Sector = clean.Sector!.Value;
        o.Areas = [.. clean.Areas!];
        o.OdsCode = clean.OdsCode;
        o.CharityNumber = clean.CharityNumber;
        o.CompanyNumber = clean.CompanyNumber;
        o.IcoNumber = clean.IcoNumber;
        o.AddressLine1 = clean.AddressLine1;
        o.AddressLine2 = clean.AddressLine2;
        o.Town = clean.Town;
        o.Postcode = clean.Postcode;
        o.Website = clean.Website;
        o.LeadOrganisationId = clean.LeadOrganisationId;
    }
}
