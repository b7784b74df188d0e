using GraphQL;
using GraphQL.Types;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.GraphQL;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.QualityAssurance.Features.ManageSignOffRights;

internal sealed class GrantSignOffRightInputGraphType : InputObjectGraphType
{
    public GrantSignOffRightInputGraphType()
    {
        Name = "GrantSignOffRightInput";
        Field<IdGraphType>("organisationId").Description("Your own organisation when left out; the programme team may name any.");
        Field<NonNullGraphType<StringGraphType>>("email").Description("The email of an account of that organisation.");
        Field<StringGraphType>("signatoryRole").Description("Their position, e.g. Caldicott Guardian.");
    }
}

internal sealed class RevokeSignOffRightInputGraphType : InputObjectGraphType
{
    public RevokeSignOffRightInputGraphType()
    {
        Name = "RevokeSignOffRightInput";
        Field<NonNullGraphType<IdGraphType>>("rightId");
    }
}

/// <summary><c>grantSignOffRight</c> and <c>revokeSignOffRight</c>: who may sign agreements off for an organisation.</summary>
internal static class ManageSignOffRightsMutations
{
    public static void Add(ObjectGraphType mutation)
    {
        mutation.AddCommand<QaSignOffRightGraphType, GrantSignOffRightInputGraphType, QaSignOffRight>("grantSignOffRight",
            "As an editor of your organisation, authorise one of its people to sign agreements off for it.",
            async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                var organisationId = input.OptionalIdOf("organisationId");
                return await c.Service<ManageSignOffRightsHandler>().GrantAsync(
                    new GrantSignOffRightInput(organisationId, input.TextOf("email"), input.TextOf("signatoryRole")),
                    c.User!, c.CancellationToken);
            });
        mutation.AddCommand<QaSignOffRightGraphType, RevokeSignOffRightInputGraphType, QaSignOffRight>("revokeSignOffRight",
            "Withdraw a sign-off right of your organisation; the record is kept.",
            async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return await c.Service<ManageSignOffRightsHandler>().RevokeAsync(
                    new RevokeSignOffRightInput(input.IdOf("rightId")), c.User!, c.CancellationToken);
            });
    }
}
