using GraphQL;
using GraphQL.Types;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.GraphQL;

namespace SpiPlatform.Training.Features.RaiseNeeds;

internal sealed class RaiseTrainingNeedInputGraphType : InputObjectGraphType
{
    public RaiseTrainingNeedInputGraphType()
    {
        Name = "RaiseTrainingNeedInput";
        Field<NonNullGraphType<IdGraphType>>("agreementId");
        Field<NonNullGraphType<IdGraphType>>("organisationId").Description("A partner in the agreement.");
        Field<NonNullGraphType<IdGraphType>>("courseId");
    }
}

/// <summary><c>raiseTrainingNeed</c>: a need raised by hand.</summary>
internal static class RaiseTrainingNeedMutation
{
    public static void Add(ObjectGraphType mutation)
        => mutation.AddCommand<TrainingNeedGraphType, RaiseTrainingNeedInputGraphType, TrainingNeed>("raiseTrainingNeed",
            "Raise a training need for a partner of an agreement (its coordinator, the programme team or training:write); a second open one is a CONFLICT.",
            async c =>
            {
                var i = c.GetArgument<Dictionary<string, object?>>("input");
                return await c.Service<RaiseTrainingNeedHandler>().HandleAsync(
                    new RaiseTrainingNeedInput(i.IdOf("agreementId"), i.IdOf("organisationId"), i.IdOf("courseId")), c.User!, c.CancellationToken);
            });
}
