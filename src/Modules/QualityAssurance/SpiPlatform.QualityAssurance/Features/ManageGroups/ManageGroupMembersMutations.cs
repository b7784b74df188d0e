using GraphQL;
using GraphQL.Types;
using SpiPlatform.QualityAssurance.Domain;
using SpiPlatform.QualityAssurance.GraphQL;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.QualityAssurance.Features.ManageGroups;

internal sealed class SetQaGroupMemberInputGraphType : InputObjectGraphType
{
    public SetQaGroupMemberInputGraphType()
    {
        Name = "SetQaGroupMemberInput";
        Field<NonNullGraphType<IdGraphType>>("groupId");
        Field<NonNullGraphType<StringGraphType>>("email").Description("The reviewer's sign-in email.");
        Field<NonNullGraphType<StringGraphType>>("displayName");
        Field<BooleanGraphType>("isLead").Description("Whether they lead the group; false when left out.");
    }
}

internal sealed class RemoveQaGroupMemberInputGraphType : InputObjectGraphType
{
    public RemoveQaGroupMemberInputGraphType()
    {
        Name = "RemoveQaGroupMemberInput";
        Field<NonNullGraphType<IdGraphType>>("groupId");
        Field<NonNullGraphType<StringGraphType>>("email");
    }
}

/// <summary><c>setQaGroupMember</c> and <c>removeQaGroupMember</c>: the programme team manages who reviews for each group.</summary>
internal static class ManageGroupMembersMutations
{
    public static void Add(ObjectGraphType mutation)
    {
        mutation.AddCommand<QaGroupGraphType, SetQaGroupMemberInputGraphType, QaGroup>("setQaGroupMember",
            "Add a reviewer to a QA group, or change their name or whether they lead it (the programme team).",
            async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return await c.Service<ManageGroupMembersHandler>().SetAsync(
                    new SetGroupMemberInput(input.IdOf("groupId"), input.TextOf("email"), input.TextOf("displayName"),
                        input.GetValueOrDefault("isLead") as bool? ?? false),
                    c.User!, c.CancellationToken);
            });
        mutation.AddCommand<QaGroupGraphType, RemoveQaGroupMemberInputGraphType, QaGroup>("removeQaGroupMember",
            "Remove a reviewer from a QA group (the programme team). Submissions they had claimed stay claimed until reassigned.",
            async c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return await c.Service<ManageGroupMembersHandler>().RemoveAsync(
                    new RemoveGroupMemberInput(input.IdOf("groupId"), input.TextOf("email")), c.User!, c.CancellationToken);
            });
    }
}
