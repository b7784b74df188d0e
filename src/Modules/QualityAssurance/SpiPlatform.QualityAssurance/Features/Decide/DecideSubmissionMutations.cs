using GraphQL;
using GraphQL.Types;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.GraphQL;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.QualityAssurance.Features.Decide;

internal sealed class ReturnForAmendmentInputGraphType : InputObjectGraphType
{
    public ReturnForAmendmentInputGraphType()
    {
        Name = "ReturnForAmendmentInput";
        Field<NonNullGraphType<IdGraphType>>("submissionId");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you last read; a stale one is refused with CONFLICT.");
        Field<IntGraphType>("round").Description("The round you reviewed; a superseded one is refused with CONFLICT.");
        Field<NonNullGraphType<StringGraphType>>("changesRequired").Description("What the partners must change; sent to Protocols as the reason.");
    }
}

internal sealed class ApproveSubmissionInputGraphType : InputObjectGraphType
{
    public ApproveSubmissionInputGraphType()
    {
        Name = "ApproveSubmissionInput";
        Field<NonNullGraphType<IdGraphType>>("submissionId");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you last read; a stale one is refused with CONFLICT.");
        Field<IntGraphType>("round").Description("The round you reviewed; a superseded one is refused with CONFLICT.");
        Field<StringGraphType>("overrideReason").Description("Required when a checklist item is not met.");
    }
}

/// <summary><c>returnForAmendment</c> and <c>approveSubmission</c>: the two outcomes of a round.</summary>
internal static class DecideSubmissionMutations
{
    public static void Add(ObjectGraphType mutation)
    {
        mutation.AddCommand<QaSubmissionGraphType, ReturnForAmendmentInputGraphType, QaSubmission>("returnForAmendment",
            "Return a submission in review to its partners, saying what must change; the agreement goes back to DRAFT.",
            async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return await c.Service<DecideSubmissionHandler>().ReturnAsync(
                    new ReturnForAmendmentInput(input.IdOf("submissionId"), input.IntOf("version"), input.OptionalIntOf("round"), input.TextOf("changesRequired")),
                    c.User!, c.CancellationToken);
            });
        mutation.AddCommand<QaSubmissionGraphType, ApproveSubmissionInputGraphType, QaSubmission>("approveSubmission",
            "Approve a submission in review whose checklist is complete; it gets a QA reference, every partner is asked to sign it off (AWAITING_SIGN_OFF) and so is the agreement.",
            async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return await c.Service<DecideSubmissionHandler>().ApproveAsync(
                    new ApproveSubmissionInput(input.IdOf("submissionId"), input.IntOf("version"), input.OptionalIntOf("round"), input.TextOf("overrideReason")),
                    c.User!, c.CancellationToken);
            });
    }
}
