using GraphQL;
using GraphQL.Types;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.GraphQL;

namespace SpiPlatform.Training.Features.ManageFacilitators;

internal sealed class UpdateFacilitatorInputGraphType : InputObjectGraphType
{
    public UpdateFacilitatorInputGraphType()
    {
        Name = "UpdateFacilitatorInput";
        Description = "Fields not given are left as they are. A facilitator may change their own areas, languages and availability; the rest is the programme team's.";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field<ListGraphType<NonNullGraphType<TrainingAreaGraphType>>>("areas");
        Field<FacilitatorLanguageGraphType>("languages");
        Field<FacilitatorAvailabilityGraphType>("availability");
        Field<StringGraphType>("availabilityNote");
        Field<StringGraphType>("name");
        Field<StringGraphType>("email");
        Field<StringGraphType>("phone").Description("An empty string clears it.");
        Field<IdGraphType>("organisationId");
        Field<DateOnlyGraphType>("qualifiedOn");
    }
}

/// <summary><c>updateFacilitator</c>: a facilitator's own availability, languages and areas, or any entry for the programme team.</summary>
internal static class UpdateFacilitatorMutation
{
    public static void Add(ObjectGraphType mutation)
        => mutation.AddCommand<FacilitatorGraphType, UpdateFacilitatorInputGraphType, Facilitator>("updateFacilitator",
            "Change an entry in the facilitator register: your own (matched by your email), or any (programme team or training:write).",
            async c =>
            {
                var i = c.GetArgument<Dictionary<string, object?>>("input");
                return await c.Service<FacilitatorRegisterHandler>().UpdateAsync(new UpdateFacilitatorInput(i.IdOf("id"),
                    i.AreasOf(), i.EnumOf<FacilitatorLanguage>("languages"), i.EnumOf<FacilitatorAvailability>("availability"),
                    i.TextOf("availabilityNote"), i.TextOf("name"), i.TextOf("email"), i.TextOf("phone"), i.OptionalIdOf("organisationId"),
                    i.DateOf("qualifiedOn")), c.User!, c.CancellationToken);
            });
}
