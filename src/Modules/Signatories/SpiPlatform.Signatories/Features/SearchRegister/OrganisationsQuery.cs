using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Signatories.GraphQL;

namespace SpiPlatform.Signatories.Features.SearchRegister;

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

internal sealed class RegisterOrderGraphType : EnumerationGraphType<RegisterOrder>
{
    public RegisterOrderGraphType() => Description = "RELEVANCE puts the best name match first when searching.";
}

/// <summary><c>organisations</c>: the register as a Relay connection, from the same search as the page and its CSV.</summary>
internal static class OrganisationsQuery
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static void Add(ObjectGraphType query)
        => query.Connection<OrganisationGraphType>("organisations")
            .Description("The Accord register: search by name (typos tolerated, English or Welsh), filter, page.")
            .Argument<OrganisationFilterGraphType>("filter")
            .Argument<StringGraphType>("search")
            .Argument<RegisterOrderGraphType>("orderBy")
            .PageSize(DefaultPageSize)
            .ResolveAsync(ResolveAsync);

    private static async Task<object?> ResolveAsync(IResolveConnectionContext<object?> c)
    {
        if (c.ValueOrErrors(Paging.Read(c.First, c.After, DefaultPageSize, MaxPageSize, "organisations"), "organisations") is not { } window)
        {
            return null;
        }
        var filter = c.GetArgument<Dictionary<string, object?>?>("filter");
        var query = new RegisterQuery(
            c.GetArgument<string?>("search"),
            filter.ListOf<OrganisationSector>("sectors"),
            filter.ListOf<ServiceArea>("areas"),
            filter.ListOf<AccordStatus>("statuses"),
            c.GetArgument("orderBy", RegisterOrder.Relevance),
            window.Offset,
            window.First);
        var page = await c.RequestServices!.GetRequiredService<RegisterSearch>().SearchAsync(query, c.CancellationToken);
        return Connections.Of(page.Items, window.Offset, page.TotalCount);
    }
}
