using GraphQL;
using GraphQL.Types;
using SpiPlatform.QualityAssurance.GraphQL;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.QualityAssurance.Features.ClaimSubmission;

internal sealed class ClaimSubmissionInputGraphType : InputObjectGraphType
{
    public ClaimSubmissionInputGraphType()
    {
        Name = "ClaimSubmissionInput";
        Field<NonNullGraphType<IdGraphType>>("submissionId");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you last read; a stale one is refused with CONFLICT.");
    }
}

/// <summary><c>claimSubmission</c>: the same handler as the Claim button on the queue page.</summary>
internal static class ClaimSubmissionMutation
{
    public static void Add(ObjectGraphType mutation)
        => mutation.AddCommand<QaSubmissionGraphType, ClaimSubmissionInputGraphType, Domain.QaSubmission>("claimSubmission",
            "Claim a waiting submission of your QA group for review; one already claimed is refused with CONFLICT.",
            async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return await c.Service<ClaimSubmissionHandler>().HandleAsync(
                    new ClaimSubmissionInput(input.IdOf("submissionId"), input.IntOf("version")),
                    c.User!, c.CancellationToken);
            });
}
