using GraphQL.Types;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Signatories.Features.Shared;

namespace SpiPlatform.Signatories.GraphQL;

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

internal sealed class UpdateOrganisationInput : OrganisationInput
{
    public Guid Id { get; set; }
    public int Version { get; set; }
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

internal sealed class RegisterOrganisationInputGraphType : OrganisationInputFields<OrganisationInput>
{
    public RegisterOrganisationInputGraphType() => Name = "RegisterOrganisationInput";
}

internal sealed class UpdateOrganisationInputGraphType : OrganisationInputFields<UpdateOrganisationInput>
{
    public UpdateOrganisationInputGraphType()
    {
        Name = "UpdateOrganisationInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field(x => x.Version).Description("The version you last read; a stale one is refused with CONFLICT.");
    }
}

internal sealed class SignAccordInputGraphType : InputObjectGraphType
{
    public SignAccordInputGraphType()
    {
        Name = "SignAccordInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field<NonNullGraphType<IntGraphType>>("version");
        Field<StringGraphType>("signedByName").Description("The full name of the person signing, typed as their signature.");
        Field<StringGraphType>("signedByRole").Description("Normally Chief Executive or Chief Officer.");
        Field<DateOnlyGraphType>("signedOn").Description("Defaults to today; never in the future.");
        Field<NonNullGraphType<BooleanGraphType>>("accepted").Description("The organisation accepts the Accord declaration.");
    }
}

internal sealed class DesignatedPersonInputGraphType : InputObjectGraphType
{
    public DesignatedPersonInputGraphType()
    {
        Name = "NameDesignatedPersonInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field<NonNullGraphType<IntGraphType>>("version");
        Field<StringGraphType>("name");
        Field<StringGraphType>("role");
        Field<StringGraphType>("email");
        Field<StringGraphType>("phone");
    }
}

internal sealed class SignatureDecisionInputGraphType : InputObjectGraphType
{
    public SignatureDecisionInputGraphType()
    {
        Name = "SignatureDecisionInput";
        Field<NonNullGraphType<IdGraphType>>("signatureId");
        Field<StringGraphType>("reason").Description("Required to reject.");
    }
}

internal sealed class WithdrawFromAccordInputGraphType : InputObjectGraphType
{
    public WithdrawFromAccordInputGraphType()
    {
        Name = "WithdrawFromAccordInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field<NonNullGraphType<IntGraphType>>("version");
        Field<StringGraphType>("reason");
    }
}

internal sealed class OrganisationFilterGraphType : InputObjectGraphType
{
    public OrganisationFilterGraphType()
    {
        Name = "OrganisationFilter";
        Description = "Each list matches any of its values; the lists are combined with AND.";
        Field<ListGraphType<NonNullGraphType<OrganisationSectorGraphType>>>("sectors");
        Field<ListGraphType<NonNullGraphType<ServiceAreaGraphType>>>("areas");
        Field<ListGraphType<NonNullGraphType<AccordStatusGraphType>>>("statuses");
    }
}
