using GraphQL;
using GraphQL.Types;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.GraphQL;

namespace SpiPlatform.Training.Features.ChangeSessionCapacity;

internal sealed class ChangeSessionCapacityInputGraphType : InputObjectGraphType
{
    public ChangeSessionCapacityInputGraphType()
    {
        Name = "ChangeSessionCapacityInput";
        Field<NonNullGraphType<IdGraphType>>("sessionId");
        Field<NonNullGraphType<IntGraphType>>("capacity");
    }
}

/// <summary><c>changeSessionCapacity</c>: never below the people enrolled; more places promote those waiting.</summary>
internal static class ChangeSessionCapacityMutation
{
    public static void Add(ObjectGraphType mutation)
        => mutation.AddCommand<TrainingSessionGraphType, ChangeSessionCapacityInputGraphType, TrainingSession>("changeSessionCapacity",
            "Change how many places an upcoming session has (programme team or training:write); below the people enrolled is VALIDATION_FAILED.",
            async c =>
            {
                var i = c.GetArgument<Dictionary<string, object?>>("input");
                return await c.Service<ChangeSessionCapacityHandler>().HandleAsync(
                    new ChangeSessionCapacityInput(i.IdOf("sessionId"), i.IntOf("capacity")), c.User!, c.CancellationToken);
            });
}
