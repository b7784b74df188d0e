using GraphQL.Types;
using SpiPlatform.Protocols.Features.CompareVersions;
using SpiPlatform.Protocols.Features.CreateDraft;
using SpiPlatform.Protocols.Features.DeriveAgreement;
using SpiPlatform.Protocols.Features.EditFlows;
using SpiPlatform.Protocols.Features.ManageLegalBases;
using SpiPlatform.Protocols.Features.ManageThesaurus;
using SpiPlatform.Protocols.Features.SearchLibrary;
using SpiPlatform.Protocols.Features.SubmitForQualityAssurance;
using SpiPlatform.Protocols.Features.SuggestTitles;
using SpiPlatform.Protocols.Features.UpdateDraft;
using SpiPlatform.Protocols.Features.ViewAgreement;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.Protocols.GraphQL;

/// <summary>The library's fields (public for live agreements) and the drafting mutations, each declared beside its use case.</summary>
internal sealed class ProtocolsSchemaContributor : IGraphQLSchemaContributor
{
    public void ContributeQueries(ObjectGraphType query)
    {
        AgreementsQuery.Add(query);
        AgreementQuery.Add(query);
        AgreementDiffQuery.Add(query);
        AgreementTitlesQuery.Add(query);
        LegalBasesFields.AddQuery(query);
        ThesaurusFields.AddQuery(query);
    }

    public void ContributeMutations(ObjectGraphType mutation)
    {
        CreateDraftMutation.Add(mutation);
        UpdateDraftMutation.Add(mutation);
        EditFlowsMutations.Add(mutation);
        DeriveAgreementMutation.Add(mutation);
        SubmitForQualityAssuranceMutation.Add(mutation);
        LegalBasesFields.AddMutations(mutation);
        ThesaurusFields.AddMutations(mutation);
    }
}
