using GraphQL.Types;

namespace SpiPlatform.Protocols.Features.SearchLibrary;

internal sealed class LibraryFacetsGraphType : ObjectGraphType<LibraryFacets>
{
    public LibraryFacetsGraphType()
    {
        Name = "AgreementFacets";
        Description = "For each facet, how many agreements in the filtered result have each value (values as the schema's enum names).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetCountGraphType>>>>("kinds").Resolve(c => c.Source.Kinds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetCountGraphType>>>>("statuses").Resolve(c => c.Source.Statuses);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetCountGraphType>>>>("serviceAreas").Resolve(c => c.Source.ServiceAreas);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetCountGraphType>>>>("partnerSectors").Resolve(c => c.Source.PartnerSectors);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetCountGraphType>>>>("regions").Resolve(c => c.Source.Regions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetCountGraphType>>>>("dataCategories").Resolve(c => c.Source.DataCategories);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FacetCountGraphType>>>>("legalBases")
            .Description("CONSENT, OTHER, or a statutory gateway.").Resolve(c => c.Source.LegalBases);
    }
}

internal sealed class FacetCountGraphType : ObjectGraphType<FacetCount>
{
    public FacetCountGraphType()
    {
        Name = "FacetCount";
        Field(f => f.Value);
        Field(f => f.Count);
    }
}
