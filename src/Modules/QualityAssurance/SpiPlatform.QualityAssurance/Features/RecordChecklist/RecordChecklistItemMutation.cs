using GraphQL;
using GraphQL.Types;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.GraphQL;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.QualityAssurance.Features.RecordChecklist;

internal sealed class RecordChecklistItemInputGraphType : InputObjectGraphType
{
    public RecordChecklistItemInputGraphType()
    {
        Name = "RecordChecklistItemInput";
        Field<NonNullGraphType<IdGraphType>>("submissionId");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you last read; a stale one is refused with CONFLICT.");
        Field<NonNullGraphType<StringGraphType>>("item").Description($"The item's key on checklist {QaChecklist.Version}.");
        Field<NonNullGraphType<ChecklistResultGraphType>>("result");
        Field<StringGraphType>("comment").Description("Required when the item is not met.");
    }
}

/// <summary><c>recordChecklistItem</c>: the claimant records one result on the current round's checklist.</summary>
internal static class RecordChecklistItemMutation
{
    public static void Add(ObjectGraphType mutation)
        => mutation.AddCommand<QaSubmissionGraphType, RecordChecklistItemInputGraphType, QaSubmission>("recordChecklistItem",
            "Record Met, NotMet (with a comment) or NotApplicable for one checklist item of a submission you are reviewing.",
            async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return await c.Service<RecordChecklistItemHandler>().HandleAsync(
                    new RecordChecklistItemInput(input.IdOf("submissionId"), input.IntOf("version"),
                        (string)input["item"]!, (ChecklistResult)input["result"]!, input.TextOf("comment")),
                    c.User!, c.CancellationToken);
            });
}
