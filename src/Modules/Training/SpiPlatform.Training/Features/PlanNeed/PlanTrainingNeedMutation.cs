using GraphQL;
using GraphQL.Types;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.GraphQL;

namespace SpiPlatform.Training.Features.PlanNeed;

internal sealed class PlanTrainingNeedInputGraphType : InputObjectGraphType
{
    public PlanTrainingNeedInputGraphType()
    {
        Name = "PlanTrainingNeedInput";
        Field<NonNullGraphType<IdGraphType>>("needId");
        Field<NonNullGraphType<IdGraphType>>("sessionId").Description("An upcoming session of the need's course.");
    }
}

/// <summary><c>planTrainingNeed</c>: the same handler as the Plan form on a needs board.</summary>
internal static class PlanTrainingNeedMutation
{
    public static void Add(ObjectGraphType mutation)
        => mutation.AddCommand<TrainingNeedGraphType, PlanTrainingNeedInputGraphType, TrainingNeed>("planTrainingNeed",
            "Plan an open training need onto an upcoming session of its course.",
            async c =>
            {
                var i = c.GetArgument<Dictionary<string, object?>>("input");
                return await c.Service<PlanTrainingNeedHandler>().HandleAsync(
                    new PlanTrainingNeedInput(i.IdOf("needId"), i.IdOf("sessionId")), c.User!, c.CancellationToken);
            });
}
