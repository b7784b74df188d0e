using GraphQL.Types;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Signatories.GraphQL;

namespace SpiPlatform.Signatories.Features.DecideSignature;

internal sealed class SignatureDecisionInputGraphType : InputObjectGraphType
{
    public SignatureDecisionInputGraphType()
    {
        Name = "SignatureDecisionInput";
        Field<NonNullGraphType<IdGraphType>>("signatureId");
        Field<StringGraphType>("reason").Description("Required to reject.");
    }
}

/// <summary><c>verifySignature</c> and <c>rejectSignature</c>: the same handler as the verification queue.</summary>
internal static class DecideSignatureMutations
{
    public static void Add(ObjectGraphType mutation)
    {
        OrganisationMutation.Add<SignatureDecisionInputGraphType>(mutation, "verifySignature",
            "Verify a pending signature (programme team): the organisation becomes an active signatory.",
            async (c, input) => await c.Service<DecideSignatureHandler>().VerifyAsync(input.Get<Guid>("signatureId"), c.User!, c.CancellationToken));
        OrganisationMutation.Add<SignatureDecisionInputGraphType>(mutation, "rejectSignature",
            "Reject a pending signature with a reason the organisation will see (programme team).",
            async (c, input) => await c.Service<DecideSignatureHandler>()
                .RejectAsync(input.Get<Guid>("signatureId"), input.Get<string>("reason"), c.User!, c.CancellationToken));
    }
}
