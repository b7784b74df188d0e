using GraphQL.Types;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Signatories.GraphQL;

namespace SpiPlatform.Signatories.Features.SignAccord;

internal sealed class SignAccordInputGraphType : InputObjectGraphType
{
    public SignAccordInputGraphType()
    {
        Name = "SignAccordInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field<NonNullGraphType<IntGraphType>>("version");
        Field<StringGraphType>("signedByName").Description("The full name of the person signing, typed as their signature.");
        Field<StringGraphType>("signedByRole").Description("Normally Chief Executive or Chief Officer.");
        Field<DateOnlyGraphType>("signedOn").Description("Defaults to today; never in the future.");
        Field<NonNullGraphType<BooleanGraphType>>("accepted").Description("The organisation accepts the Accord declaration.");
    }
}

/// <summary><c>signAccord</c>: the same handler as the Sign page.</summary>
internal static class SignAccordMutation
{
    public static void Add(ObjectGraphType mutation)
        => OrganisationMutation.Add<SignAccordInputGraphType>(mutation, "signAccord",
            "Sign the current Accord declaration for the organisation; the signature waits for the programme team to verify it.",
            async (c, input) => await c.Service<SignAccordHandler>().HandleAsync(
                new SignAccordInput(input.Get<Guid>("organisationId"), input.Get<int>("version"), input.Get<string>("signedByName"),
                    input.Get<string>("signedByRole"), input.Get<DateOnly?>("signedOn"), input.Get<bool>("accepted")),
                c.User!, c.CancellationToken));
}
