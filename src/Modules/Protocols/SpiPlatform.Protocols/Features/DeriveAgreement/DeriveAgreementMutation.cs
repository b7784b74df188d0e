using GraphQL;
using GraphQL.Types;
using SpiPlatform.Protocols.GraphQL;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.Protocols.Features.DeriveAgreement;

/// <summary><c>deriveAgreement</c>: the same handler as "Start a draft from this" on the agreement page.</summary>
internal static class DeriveAgreementMutation
{
    public static void Add(ObjectGraphType mutation)
        => mutation.Field<AgreementGraphType>("deriveAgreement")
            .Description("Start a new draft from an existing agreement; its lineage is kept both ways.")
            .Argument<NonNullGraphType<IdGraphType>>("agreementId")
            .Argument<IdGraphType>("coordinatorId", "Defaults to your own organisation, else the source's coordinator.")
            .RequireAuthenticated()
            .ResolveAsync(async c => c.ValueOrErrors(await c.Service<DeriveAgreementHandler>().HandleAsync(
                c.GetArgument<Guid>("agreementId"), c.GetArgument<Guid?>("coordinatorId"), c.User!, c.CancellationToken), "agreement"));
}
