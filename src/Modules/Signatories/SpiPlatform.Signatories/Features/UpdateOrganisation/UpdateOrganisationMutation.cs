using GraphQL;
using GraphQL.Types;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Signatories.GraphQL;

namespace SpiPlatform.Signatories.Features.UpdateOrganisation;

internal sealed class UpdateOrganisationInput : OrganisationInput
{
    public Guid Id { get; set; }
    public int Version { get; set; }
}

internal sealed class UpdateOrganisationInputGraphType : OrganisationInputFields<UpdateOrganisationInput>
{
    public UpdateOrganisationInputGraphType()
    {
        Name = "UpdateOrganisationInput";
        this.AddIdAndVersion();
    }
}

/// <summary><c>updateOrganisation</c>: the same handler as the Edit page.</summary>
internal static class UpdateOrganisationMutation
{
    public static void Add(ObjectGraphType mutation)
        => OrganisationMutation.Add<UpdateOrganisationInputGraphType>(mutation, "updateOrganisation",
            "Change an organisation's details (its editors, the programme team or signatories:write).",
            async (c, _) =>
            {
                var update = c.GetArgument<UpdateOrganisationInput>("input");
                return await c.Service<UpdateOrganisationHandler>().HandleAsync(update.Id, update.Version, update.ToDetails(), c.User!, c.CancellationToken);
            });
}
