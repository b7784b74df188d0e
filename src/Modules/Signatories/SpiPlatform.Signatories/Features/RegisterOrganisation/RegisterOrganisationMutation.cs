using GraphQL;
using GraphQL.Types;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Signatories.GraphQL;

namespace SpiPlatform.Signatories.Features.RegisterOrganisation;

internal sealed class RegisterOrganisationInputGraphType : OrganisationInputFields<OrganisationInput>
{
    public RegisterOrganisationInputGraphType() => Name = "RegisterOrganisationInput";
}

/// <summary><c>registerOrganisation</c>: the same handler as the Join page.</summary>
internal static class RegisterOrganisationMutation
{
    public static void Add(ObjectGraphType mutation)
        => OrganisationMutation.Add<RegisterOrganisationInputGraphType>(mutation, "registerOrganisation",
            "Put an organisation on the register. An organisation editor with no organisation becomes the editor of the one they register.",
            async (c, _) => await c.Service<RegisterOrganisationHandler>()
                .HandleAsync(c.GetArgument<OrganisationInput>("input").ToDetails(), c.User!, c.CancellationToken));
}
