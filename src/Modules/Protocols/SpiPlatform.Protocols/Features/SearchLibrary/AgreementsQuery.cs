using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.GraphQL;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Protocols.Features.SearchLibrary;

internal sealed class AgreementFilterGraphType : InputObjectGraphType
{
    public AgreementFilterGraphType()
    {
        Name = "AgreementFilter";
        Description = "Each list matches any of its values; lists combine with AND.";
        Field<ListGraphType<NonNullGraphType<AgreementKindGraphType>>>("kinds");
        Field<ListGraphType<NonNullGraphType<AgreementStatusGraphType>>>("statuses");
        Field<ListGraphType<NonNullGraphType<AgreementServiceAreaGraphType>>>("serviceAreas");
        AddField(new FieldType { Name = "partnerSectors", ResolvedType = new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("OrganisationSector"))) });
        AddField(new FieldType { Name = "regions", ResolvedType = new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("ServiceArea"))) });
        Field<ListGraphType<NonNullGraphType<DataCategoryGraphType>>>("dataCategories");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("legalBases").Description("CONSENT, OTHER or a StatutoryGateway name.");
    }
}

internal sealed class AgreementEdgeGraphType : EdgeType<AgreementGraphType>
{
    public AgreementEdgeGraphType()
    {
        Name = "AgreementEdge";
        Field<NonNullGraphType<FloatGraphType>>("rank").Resolve(c => ((AgreementEdge)c.Source).Rank);
        Field<StringGraphType>("snippet").Description("The best-matching words of the summary and purpose; HTML, matches in <mark>.")
            .Resolve(c => ((AgreementEdge)c.Source).Snippet);
    }
}

internal sealed class AgreementConnectionGraphType : ConnectionType<AgreementGraphType, AgreementEdgeGraphType>
{
    public AgreementConnectionGraphType()
    {
        Name = "AgreementSearchResult";
        Description = "A page of the library, with the facet counts of the whole filtered result.";
        Field<NonNullGraphType<LibraryFacetsGraphType>>("facets").Resolve(c => ((LibraryConnection)c.Source).Facets);
        Field<NonNullGraphType<BooleanGraphType>>("totalCountIsEstimate")
            .Description($"Whether more than {LibrarySearch.CandidateCap} agreements match, so totalCount and the facet counts are estimates and only the first {LibrarySearch.CandidateCap} can be paged to.")
            .Resolve(c => ((LibraryConnection)c.Source).IsEstimate);
        Field<NonNullGraphType<BooleanGraphType>>("relaxed")
            .Description("Whether no agreement matched every word, so these match some of the words, most words first.")
            .Resolve(c => ((LibraryConnection)c.Source).Relaxed);
        Field<StringGraphType>("suggestion")
            .Description("When nothing matched as typed: the search with its misspelt words replaced by words the library holds (\"Did you mean …?\").")
            .Resolve(c => ((LibraryConnection)c.Source).Suggestion);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("alsoSearchedFor")
            .Description("Terms from the library's thesaurus searched for as well as the words given (early years: Flying Start, Dechrau'n Deg …).")
            .Resolve(c => ((LibraryConnection)c.Source).AlsoSearchedFor);
    }
}

/// <summary><c>agreements</c>: the library as a Relay connection, from the same search as the library page.</summary>
internal static class AgreementsQuery
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static void Add(ObjectGraphType query)
        => query.Field<AgreementConnectionGraphType>("agreements")
            .Description("Search the library: full text over titles, summaries, purposes and flows (English and Welsh), with facets.")
            .Argument<StringGraphType>("search")
            .Argument<AgreementFilterGraphType>("filter")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .ResolveAsync(ResolveAsync);

    private static async Task<object?> ResolveAsync(IResolveFieldContext c)
    {
        var paging = Paging.Read(c.GetArgument<int?>("first"), c.GetArgument<string?>("after"), DefaultPageSize, MaxPageSize, "agreements");
        if (c.ValueOrErrors(paging, "agreements") is not { } window)
        {
            return null;
        }
        var f = c.GetArgument<Dictionary<string, object?>?>("filter");
        var query = new LibraryQuery(c.GetArgument<string?>("search"),
            f.ListOf<AgreementKind>("kinds"), f.ListOf<AgreementStatus>("statuses"), f.ListOf<AgreementServiceArea>("serviceAreas"),
            f.ListOf<OrganisationSector>("partnerSectors"), f.ListOf<ServiceArea>("regions"), f.ListOf<DataCategory>("dataCategories"),
            f.ListOf<string>("legalBases"), window.Offset, window.First);
        var page = await c.RequestServices!.GetRequiredService<LibrarySearch>().SearchAsync(query, c.User!, c.CancellationToken);
        return LibraryConnection.Of(page);
    }
}
