using GraphQL.Types;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Signatories.Domain;

namespace SpiPlatform.Signatories.GraphQL;

internal sealed class OrganisationSectorGraphType : EnumerationGraphType<OrganisationSector>
{
    public OrganisationSectorGraphType() => Description = "The kind of body an organisation is.";
}

internal sealed class ServiceAreaGraphType : EnumerationGraphType<ServiceArea>
{
    public ServiceAreaGraphType() => Description = "A Welsh principal area, ALL_WALES or OUTSIDE_WALES.";
}

internal sealed class AccordStatusGraphType : EnumerationGraphType<AccordStatus>
{
    public AccordStatusGraphType() => Description = "Where an organisation stands with the Accord.";
}

internal sealed class SignatureStatusGraphType : EnumerationGraphType<SignatureStatus>
{
    public SignatureStatusGraphType() => Name = "SignatureStatus";
}
