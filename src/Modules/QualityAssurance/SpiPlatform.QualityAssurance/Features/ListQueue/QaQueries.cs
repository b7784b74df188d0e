using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using SpiPlatform.QualityAssurance.Contracts;
using SpiPlatform.QualityAssurance.Features.Shared;
using SpiPlatform.QualityAssurance.GraphQL;
using SpiPlatform.SharedKernel.Errors;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.QualityAssurance.Features.ListQueue;

internal sealed class QaSubmissionFilterGraphType : InputObjectGraphType
{
    public QaSubmissionFilterGraphType()
    {
        Name = "QaSubmissionFilter";
        Description = "Each list matches any of its values; lists combine with AND.";
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("groupIds");
        Field<ListGraphType<NonNullGraphType<QaSubmissionStateGraphType>>>("states");
    }
}

internal sealed class QaSubmissionConnectionGraphType : ConnectionType<QaSubmissionGraphType, EdgeType<QaSubmissionGraphType>>
{
    public QaSubmissionConnectionGraphType() => Name = "QaSubmissionConnection";
}

/// <summary><c>qaGroups</c>, <c>qaSubmissions</c> and <c>qaSubmission(id)</c>: for QA reviewers, the programme team and qa:write clients.</summary>
internal static class QaQueries
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public static void Add(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<QaGroupGraphType>>>>("qaGroups")
            .Description("The QA groups and their reviewers.")
            .RequireAccess(QaAccess.ReadScopes, QaAccess.ReadRoles)
            .ResolveAsync(async c => await c.Service<QaQueue>().GroupsAsync(c.CancellationToken));

        query.Field<QaSubmissionConnectionGraphType>("qaSubmissions")
            .Description("Submissions to quality assurance, oldest first.")
            .Argument<QaSubmissionFilterGraphType>("filter")
            .Argument<IntGraphType>("first")
            .Argument<StringGraphType>("after")
            .RequireAccess(QaAccess.ReadScopes, QaAccess.ReadRoles)
            .ResolveAsync(async c =>
            {
                var paging = Paging.Read(c.GetArgument<int?>("first"), c.GetArgument<string?>("after"), DefaultPageSize, MaxPageSize, "submissions");
                if (c.ValueOrErrors(paging, "qaSubmissions") is not { } window)
                {
                    return null;
                }
                var f = c.GetArgument<Dictionary<string, object?>?>("filter");
                var groupIds = f.ListOf<object>("groupIds")?.Select(id => Guid.TryParse(id.ToString(), out var g) ? g : (Guid?)null).ToList();
                if (groupIds is not null && groupIds.Contains(null))
                {
                    c.Errors.Add(ProblemErrors.ToError(Problem.Invalid("groupIds", "That is not the id of a QA group."), "filter"));
                    return null;
                }
                var page = await c.Service<QaQueue>().ListAsync(
                    new QueueQuery(groupIds?.Select(g => g!.Value).ToList(), f.ListOf<QaSubmissionState>("states"), window.Offset, window.First), c.CancellationToken);
                return Connections.Of(page.Submissions, page.Offset, page.TotalCount);
            });

        query.Field<QaSubmissionGraphType>("qaSubmission")
            .Description("One submission, or null.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .RequireAccess(QaAccess.ReadScopes, QaAccess.ReadRoles)
            .ResolveAsync(async c => await c.Service<QaQueue>().FindAsync(c.GetArgument<Guid>("id"), c.CancellationToken));
    }
}
