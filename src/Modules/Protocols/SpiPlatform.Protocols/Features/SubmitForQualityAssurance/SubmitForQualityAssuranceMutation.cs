using GraphQL;
using GraphQL.Types;
using SpiPlatform.Protocols.GraphQL;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.Protocols.Features.SubmitForQualityAssurance;

/// <summary><c>submitForQualityAssurance</c>: the same handler as the last step of the draft editor.</summary>
internal static class SubmitForQualityAssuranceMutation
{
    public static void Add(ObjectGraphType mutation)
        => mutation.Field<AgreementGraphType>("submitForQualityAssurance")
            .Description("Submit a complete draft to the WASPI team for quality assurance; an incomplete one is refused with what is missing.")
            .Argument<NonNullGraphType<IdGraphType>>("agreementId")
            .Argument<NonNullGraphType<IntGraphType>>("version")
            .RequireAuthenticated()
            .ResolveAsync(async c => c.ValueOrErrors(await c.Service<SubmitForQualityAssuranceHandler>().HandleAsync(
                c.GetArgument<Guid>("agreementId"), c.GetArgument<int>("version"), c.User!, c.CancellationToken), "agreement"));
}
