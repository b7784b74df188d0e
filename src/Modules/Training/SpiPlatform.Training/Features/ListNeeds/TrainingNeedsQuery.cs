using GraphQL;
using GraphQL.Types;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.SharedKernel.Security;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Features.Shared;
using SpiPlatform.Training.GraphQL;

namespace SpiPlatform.Training.Features.ListNeeds;

internal sealed class TrainingNeedFilterGraphType : InputObjectGraphType
{
    public TrainingNeedFilterGraphType()
    {
        Name = "TrainingNeedFilter";
        Description = "All given conditions apply together.";
        Field<IdGraphType>("agreementId");
        Field<IdGraphType>("organisationId");
        Field<TrainingNeedStatusGraphType>("status");
    }
}

/// <summary><c>trainingNeeds(filter)</c>: for signed-in staff and training:read/write clients.</summary>
internal static class TrainingNeedsQuery
{
    public static void Add(ObjectGraphType query)
        => query.Field<TrainingNeedConnectionGraphType>("trainingNeeds")
            .Description("Training needs, oldest raised first.")
            .Argument<TrainingNeedFilterGraphType>("filter")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .RequireAccess(TrainingAccess.ReadScopes, [.. SpiRoles.All])
            .ResolveAsync(async c =>
            {
                var paging = Paging.Read(c.GetArgument<int?>("first"), c.GetArgument<string?>("after"), 20, 100, "trainingNeeds");
                if (c.ValueOrErrors(paging, "trainingNeeds") is not { } window)
                {
                    return null;
                }
                var f = c.GetArgument<Dictionary<string, object?>?>("filter");
                var q = new TrainingNeedQuery(f?.OptionalIdOf("agreementId"), f?.OptionalIdOf("organisationId"),
                    f is not null && f.TryGetValue("status", out var s) && s is TrainingNeedStatus status ? status : null, window.Offset, window.First);
                var (needs, total) = await c.Service<TrainingNeedsReader>().ListAsync(q, c.CancellationToken);
                return Connections.Of(needs, window.Offset, total);
            });
}
