using GraphQL;
using GraphQL.Types;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.GraphQL;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.QualityAssurance.Features.CommentOnSubmission;

internal sealed class CommentOnSubmissionInputGraphType : InputObjectGraphType
{
    public CommentOnSubmissionInputGraphType()
    {
        Name = "CommentOnSubmissionInput";
        Field<NonNullGraphType<IdGraphType>>("submissionId");
        Field<NonNullGraphType<StringGraphType>>("body").Description($"The comment, at most {QaCommentThread.MaxBodyLength} characters.");
        Field<IdGraphType>("replyToId").Description("The comment of the same submission this answers.");
        Field<StringGraphType>("item").Description($"The checklist item ({QaChecklist.Version} key) it is about.");
    }
}

/// <summary><c>commentOnSubmission</c>: the same handler as the comment and reply forms on the review and coordinator's pages.</summary>
internal static class CommentOnSubmissionMutation
{
    public static void Add(ObjectGraphType mutation)
        => mutation.AddCommand<QaSubmissionGraphType, CommentOnSubmissionInputGraphType, QaSubmission>("commentOnSubmission",
            "Comment on a submission (its QA group's reviewers) or answer (its coordinating organisation); comments are append-only.",
            async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return await c.Service<CommentOnSubmissionHandler>().HandleAsync(
                    new CommentOnSubmissionInput(input.IdOf("submissionId"), input.TextOf("body"),
                        input.OptionalIdOf("replyToId"),
                        input.TextOf("item")),
                    c.User!, c.CancellationToken);
            });
}
