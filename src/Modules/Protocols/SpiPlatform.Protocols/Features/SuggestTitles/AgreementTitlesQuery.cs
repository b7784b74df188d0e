using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.Protocols.GraphQL;

namespace SpiPlatform.Protocols.Features.SuggestTitles;

/// <summary><c>agreementTitles</c>: the library page's typeahead.</summary>
internal static class AgreementTitlesQuery
{
    public static void Add(ObjectGraphType query)
        => query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementGraphType>>>>("agreementTitles")
            .Description("Typeahead: agreements whose title looks like the text (typos tolerated).")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<TitleSuggestions>()
                .SuggestAsync(c.GetArgument<string>("text"), c.User!, c.CancellationToken));
}
