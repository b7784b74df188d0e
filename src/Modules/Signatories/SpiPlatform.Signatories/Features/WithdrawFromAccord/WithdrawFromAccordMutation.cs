using GraphQL.Types;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Signatories.GraphQL;

namespace SpiPlatform.Signatories.Features.WithdrawFromAccord;

internal sealed class WithdrawFromAccordInputGraphType : InputObjectGraphType
{
    public WithdrawFromAccordInputGraphType()
    {
        Name = "WithdrawFromAccordInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field<NonNullGraphType<IntGraphType>>("version");
        Field<StringGraphType>("reason");
    }
}

/// <summary><c>withdrawFromAccord</c>: the same handler as the Withdraw page.</summary>
internal static class WithdrawFromAccordMutation
{
    public static void Add(ObjectGraphType mutation)
        => OrganisationMutation.Add<WithdrawFromAccordInputGraphType>(mutation, "withdrawFromAccord",
            "Withdraw the organisation from the Accord, with a reason on record.",
            async (c, input) => await c.Service<WithdrawFromAccordHandler>().HandleAsync(
                input.Get<Guid>("organisationId"), input.Get<int>("version"), input.Get<string>("reason"), c.User!, c.CancellationToken));
}
