using GraphQL.Types;
using SpiPlatform.QualityAssurance.Features.ClaimSubmission;
using SpiPlatform.QualityAssurance.Features.ListQueue;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.QualityAssurance.GraphQL;

/// <summary>The QA fields, each declared beside its use case.</summary>
internal sealed class QualityAssuranceSchemaContributor : IGraphQLSchemaContributor
{
    public void ContributeQueries(ObjectGraphType query) => QaQueries.Add(query);

    public void ContributeMutations(ObjectGraphType mutation) => ClaimSubmissionMutation.Add(mutation);
}
