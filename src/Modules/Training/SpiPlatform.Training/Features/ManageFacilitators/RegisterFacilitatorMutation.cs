using GraphQL;
using GraphQL.Types;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Domain;
using SpiPlatform.Training.GraphQL;

namespace SpiPlatform.Training.Features.ManageFacilitators;

internal sealed class RegisterFacilitatorInputGraphType : InputObjectGraphType
{
    public RegisterFacilitatorInputGraphType()
    {
        Name = "RegisterFacilitatorInput";
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<NonNullGraphType<StringGraphType>>("email");
        Field<StringGraphType>("phone");
        Field<NonNullGraphType<IdGraphType>>("organisationId").Description("An organisation in the Accord register.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingAreaGraphType>>>>("areas").Description("At least one.");
        Field<NonNullGraphType<FacilitatorLanguageGraphType>>("languages");
        Field<FacilitatorAvailabilityGraphType>("availability").Description("AVAILABLE when not given.");
        Field<StringGraphType>("availabilityNote");
        Field<NonNullGraphType<DateOnlyGraphType>>("qualifiedOn");
    }
}

/// <summary><c>registerFacilitator</c>: the programme team (or a training:write client) adds a trained facilitator by hand.</summary>
internal static class RegisterFacilitatorMutation
{
    public static void Add(ObjectGraphType mutation)
        => mutation.AddCommand<FacilitatorGraphType, RegisterFacilitatorInputGraphType, Facilitator>("registerFacilitator",
            "Add a trained ISP facilitator to the register (programme team or training:write); a second entry for one email is a CONFLICT.",
            async c =>
            {
                var i = c.GetArgument<Dictionary<string, object?>>("input");
                return await c.Service<FacilitatorRegisterHandler>().RegisterAsync(new RegisterFacilitatorInput(
                    i.TextOf("name") ?? "", i.TextOf("email") ?? "", i.TextOf("phone"), i.IdOf("organisationId"), i.AreasOf() ?? [],
                    i.LanguagesOr(FacilitatorLanguage.English), i.EnumOf<FacilitatorAvailability>("availability") ?? FacilitatorAvailability.Available,
                    i.TextOf("availabilityNote"), i.DateOf("qualifiedOn")!.Value), c.User!, c.CancellationToken);
            });
}
