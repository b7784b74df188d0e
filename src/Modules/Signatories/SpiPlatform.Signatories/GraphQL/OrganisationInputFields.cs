using GraphQL.Types;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Signatories.Domain;

namespace SpiPlatform.Signatories.GraphQL;

/// <summary>The organisation's details as registerOrganisation and updateOrganisation take them.</summary>
internal class OrganisationInput
{
    public string? NameEn { get; set; }
    public string? NameCy { get; set; }
    public OrganisationSector? Sector { get; set; }
    public List<ServiceArea>? Areas { get; set; }
    public string? OdsCode { get; set; }
    public string? CharityNumber { get; set; }
    public string? CompanyNumber { get; set; }
    public string? IcoNumber { get; set; }
    public string? AddressLine1 { get; set; }
    public string? AddressLine2 { get; set; }
    public string? Town { get; set; }
    public string? Postcode { get; set; }
    public string? Website { get; set; }
    public Guid? LeadOrganisationId { get; set; }

    public OrganisationDetails ToDetails() => new(NameEn, NameCy, Sector, Areas, OdsCode, CharityNumber, CompanyNumber, IcoNumber,
        AddressLine1, AddressLine2, Town, Postcode, Website, LeadOrganisationId);
}

internal class OrganisationInputFields<T> : InputObjectGraphType<T> where T : OrganisationInput
{
    protected OrganisationInputFields()
    {
        Field(x => x.NameEn).Description("Required.");
        Field(x => x.NameCy, nullable: true).Description("Defaults to the English name.");
        Field<OrganisationSectorGraphType>("sector").Description("Required.");
        Field<ListGraphType<NonNullGraphType<ServiceAreaGraphType>>>("areas").Description("At least one.");
        Field(x => x.OdsCode, nullable: true);
        Field(x => x.CharityNumber, nullable: true);
        Field(x => x.CompanyNumber, nullable: true);
        Field(x => x.IcoNumber, nullable: true);
        Field(x => x.AddressLine1, nullable: true);
        Field(x => x.AddressLine2, nullable: true);
        Field(x => x.Town, nullable: true);
        Field(x => x.Postcode, nullable: true);
        Field(x => x.Website, nullable: true);
        Field<IdGraphType>("leadOrganisationId").Description("A lead organisation that manages this body, as on the NHS Gateway.");
    }
}
