using GraphQL;
using GraphQL.Types;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.GraphQL;

namespace SpiPlatform.Training.Features.ManageFacilitators;

internal sealed class RemoveFacilitatorInputGraphType : InputObjectGraphType
{
    public RemoveFacilitatorInputGraphType()
    {
        Name = "RemoveFacilitatorInput";
        Field<NonNullGraphType<IdGraphType>>("id");
    }
}

/// <summary><c>removeFacilitator</c>: the programme team (or a training:write client) takes an entry out of the register.</summary>
internal static class RemoveFacilitatorMutation
{
    public static void Add(ObjectGraphType mutation)
        => mutation.AddCommand<FacilitatorGraphType, RemoveFacilitatorInputGraphType, Facilitator>("removeFacilitator",
            "Remove an entry from the facilitator register (programme team or training:write); answers the entry as it was.",
            async c =>
            {
                var i = c.GetArgument<Dictionary<string, object?>>("input");
                return await c.Service<FacilitatorRegisterHandler>().RemoveAsync(i.IdOf("id"), c.User!, c.CancellationToken);
            });
}
