using GraphQL;
using GraphQL.Types;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.GraphQL;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.QualityAssurance.Features.RouteSubmission;

internal sealed class AssignSubmissionInputGraphType : InputObjectGraphType
{
    public AssignSubmissionInputGraphType()
    {
        Name = "AssignSubmissionInput";
        Field<NonNullGraphType<IdGraphType>>("submissionId");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you last read; a stale one is refused with CONFLICT.");
        Field<NonNullGraphType<StringGraphType>>("reviewerEmail").Description("A reviewer of the submission's group.");
    }
}

internal sealed class ChangeSubmissionGroupInputGraphType : InputObjectGraphType
{
    public ChangeSubmissionGroupInputGraphType()
    {
        Name = "ChangeSubmissionGroupInput";
        Field<NonNullGraphType<IdGraphType>>("submissionId");
        Field<NonNullGraphType<IntGraphType>>("version").Description("The version you last read; a stale one is refused with CONFLICT.");
        Field<NonNullGraphType<IdGraphType>>("groupId");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why it moves; kept on its history.");
    }
}

/// <summary><c>assignSubmission</c> (group leads, programme team) and <c>changeSubmissionGroup</c> (programme team).</summary>
internal static class RouteSubmissionMutations
{
    public static void Add(ObjectGraphType mutation)
    {
        mutation.AddCommand<QaSubmissionGraphType, AssignSubmissionInputGraphType, QaSubmission>("assignSubmission",
            "Assign a waiting or in-review submission to a reviewer of its group (a group lead, or the programme team).",
            async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return await c.Service<RouteSubmissionHandler>().AssignAsync(
                    new AssignSubmissionInput(input.IdOf("submissionId"), input.IntOf("version"), input.TextOf("reviewerEmail")),
                    c.User!, c.CancellationToken);
            });
        mutation.AddCommand<QaSubmissionGraphType, ChangeSubmissionGroupInputGraphType, QaSubmission>("changeSubmissionGroup",
            "Move a waiting or in-review submission to another QA group, with the reason (the programme team); it waits there to be claimed.",
            async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return await c.Service<RouteSubmissionHandler>().ChangeGroupAsync(
                    new ChangeSubmissionGroupInput(input.IdOf("submissionId"), input.IntOf("version"), input.IdOf("groupId"), input.TextOf("reason")),
                    c.User!, c.CancellationToken);
            });
    }
}
