using GraphQL;
using GraphQL.Types;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.GraphQL;

namespace SpiPlatform.Training.Features.CancelNeed;

internal sealed class CancelTrainingNeedInputGraphType : InputObjectGraphType
{
    public CancelTrainingNeedInputGraphType()
    {
        Name = "CancelTrainingNeedInput";
        Field<NonNullGraphType<IdGraphType>>("needId");
        Field<StringGraphType>("reason").Description("Required.");
    }
}

/// <summary><c>cancelTrainingNeed</c>: the same handler as the Cancel form on a needs board.</summary>
internal static class CancelTrainingNeedMutation
{
    public static void Add(ObjectGraphType mutation)
        => mutation.AddCommand<TrainingNeedGraphType, CancelTrainingNeedInputGraphType, TrainingNeed>("cancelTrainingNeed",
            "Cancel an open training need, with a reason; a met need is a CONFLICT.",
            async c =>
            {
                var i = c.GetArgument<Dictionary<string, object?>>("input");
                return await c.Service<CancelTrainingNeedHandler>().HandleAsync(
                    new CancelTrainingNeedInput(i.IdOf("needId"), i.TextOf("reason")), c.User!, c.CancellationToken);
            });
}
