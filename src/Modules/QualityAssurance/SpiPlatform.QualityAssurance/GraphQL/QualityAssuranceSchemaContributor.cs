using GraphQL.Types;
using SpiPlatform.QualityAssurance.Features.ClaimSubmission;
using SpiPlatform.QualityAssurance.Features.CommentOnSubmission;
using SpiPlatform.QualityAssurance.Features.Decide;
using SpiPlatform.QualityAssurance.Features.ListQueue;
using SpiPlatform.QualityAssurance.Features.ManageGroups;
using SpiPlatform.QualityAssurance.Features.RouteSubmission;
using SpiPlatform.QualityAssurance.Features.ManageSignOffRights;
using SpiPlatform.QualityAssurance.Features.RecordChecklist;
using SpiPlatform.QualityAssurance.Features.SignOff;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.QualityAssurance.GraphQL;

/// <summary>The QA fields, each declared beside its use case.</summary>
internal sealed class QualityAssuranceSchemaContributor : IGraphQLSchemaContributor
{
    public void ContributeQueries(ObjectGraphType query) => QaQueries.Add(query);

    public void ContributeMutations(ObjectGraphType mutation)
    {
        ClaimSubmissionMutation.Add(mutation);
        RecordChecklistItemMutation.Add(mutation);
        DecideSubmissionMutations.Add(mutation);
        RouteSubmissionMutations.Add(mutation);
        ManageGroupMembersMutations.Add(mutation);
        CommentOnSubmissionMutation.Add(mutation);
        SignOffMutations.Add(mutation);
        ManageSignOffRightsMutations.Add(mutation);
    }
}
