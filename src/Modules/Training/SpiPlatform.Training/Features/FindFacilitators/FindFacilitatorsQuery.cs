using GraphQL;
using GraphQL.Types;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.GraphQL;

namespace SpiPlatform.Training.Features.FindFacilitators;

internal sealed class FacilitatorFilterGraphType : InputObjectGraphType
{
    public FacilitatorFilterGraphType()
    {
        Name = "FacilitatorFilter";
        Description = "All given conditions apply together.";
        Field<TrainingAreaGraphType>("area").Description("Facilitators working in this area (or all of Wales).");
        Field<FacilitatorLanguageGraphType>("language").Description("WELSH or ENGLISH also match BOTH; BOTH matches only BOTH.");
        Field<FacilitatorAvailabilityGraphType>("available").Description("Only facilitators with this availability.");
    }
}

/// <summary><c>facilitators(filter)</c>: the public finder; email and phone are null unless the caller is signed in.</summary>
internal static class FindFacilitatorsQuery
{
    public const int DefaultPageSize = 25;
    public const int MaxPageSize = 100;

    public static void Add(ObjectGraphType query)
        => query.Field<FacilitatorConnectionGraphType>("facilitators")
            .Description("Trained ISP facilitators, those available first.")
            .Argument<FacilitatorFilterGraphType>("filter")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c =>
            {
                var paging = Paging.Read(c.GetArgument<int?>("first"), c.GetArgument<string?>("after"), DefaultPageSize, MaxPageSize, "facilitators");
                if (c.ValueOrErrors(paging, "facilitators") is not { } window)
                {
                    return null;
                }
                var f = c.GetArgument<Dictionary<string, object?>?>("filter");
                var q = new FacilitatorQuery(Value<ServiceArea>(f, "area"), Value<FacilitatorLanguage>(f, "language"),
                    Value<FacilitatorAvailability>(f, "available"), window.Offset, window.First);
                var (found, total) = await c.Service<FacilitatorFinder>().FindAsync(q, c.CancellationToken);
                return Connections.Of(found, window.Offset, total);
            });

    private static T? Value<T>(Dictionary<string, object?>? filter, string name) where T : struct
        => filter is not null && filter.TryGetValue(name, out var v) && v is T t ? t : null;
}
