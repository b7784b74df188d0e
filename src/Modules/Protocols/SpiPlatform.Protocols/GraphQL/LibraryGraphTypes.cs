using GraphQL.Types;
using SpiPlatform.Protocols.Features.Library;

namespace SpiPlatform.Protocols.GraphQL;

internal sealed class AgreementSearchResultGraphType : ObjectGraphType<LibraryPage>
{
    public AgreementSearchResultGraphType()
    {
        Name = "AgreementSearchResult";
        Description = "A page of the library, with the facet counts of the whole filtered result.";
        Field(p => p.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementEdgeGraphType>>>>("edges")
            .Resolve(c => c.Source.Hits.Select((h, i) => (Hit: h, Cursor: SharedKernel.GraphQL.Cursor.ForOffset(c.Source.Offset + i))).ToList());
        Field<NonNullGraphType<LibraryPageInfoGraphType>>("pageInfo").Resolve(c => c.Source);
        Field<NonNullGraphType<LibraryFacetsGraphType>>("facets").Resolve(c => c.Source.Facets);
    }
}

internal sealed class AgreementEdgeGraphType : ObjectGraphType<(LibraryHit Hit, string Cursor)>
{
    public AgreementEdgeGraphType()
    {
        Name = "AgreementEdge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<AgreementGraphType>>("node").Resolve(c => c.Source.Hit.Agreement);
        Field<NonNullGraphType<FloatGraphType>>("rank").Resolve(c => c.Source.Hit.Rank);
        Field<StringGraphType>("snippet").Description("The best-matching words of the summary and purpose; HTML, matches in <mark>.")
            .Resolve(c => c.Source.Hit.Snippet);
    }
}

internal sealed class LibraryPageInfoGraphType : ObjectGraphType<LibraryPage>
{
    public LibraryPageInfoGraphType()
    {
        Name = "AgreementPageInfo";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.Offset + c.Source.Hits.Count < c.Source.TotalCount);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Resolve(c => c.Source.Offset > 0);
        Field<StringGraphType>("endCursor").Resolve(c => c.Source.Hits.Count == 0 ? null : SharedKernel.GraphQL.Cursor.ForOffset(c.Source.Offset + c.Source.Hits.Count - 1));
    }
}

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
