using GraphQL.Types;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Signatories.GraphQL;

namespace SpiPlatform.Signatories.Features.NameDesignatedPerson;

internal sealed class DesignatedPersonInputGraphType : InputObjectGraphType
{
    public DesignatedPersonInputGraphType()
    {
        Name = "NameDesignatedPersonInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field<NonNullGraphType<IntGraphType>>("version");
        Field<StringGraphType>("name");
        Field<StringGraphType>("role");
        Field<StringGraphType>("email");
        Field<StringGraphType>("phone");
    }
}

/// <summary><c>nameDesignatedPerson</c>: the same handler as the Designated Person page.</summary>
internal static class NameDesignatedPersonMutation
{
    public static void Add(ObjectGraphType mutation)
        => OrganisationMutation.Add<DesignatedPersonInputGraphType>(mutation, "nameDesignatedPerson",
            "Name the organisation's Designated Person (its data-protection contact).",
            async (c, input) => await c.Service<NameDesignatedPersonHandler>().HandleAsync(
                input.Get<Guid>("organisationId"), input.Get<int>("version"),
                new DesignatedPersonInput(input.Get<string>("name"), input.Get<string>("role"), input.Get<string>("email"), input.Get<string>("phone")),
                c.User!, c.CancellationToken));
}
