using GraphQL.Types;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Signatories.Features.DecideSignature;
using SpiPlatform.Signatories.Features.NameDesignatedPerson;
using SpiPlatform.Signatories.Features.RegisterOrganisation;
using SpiPlatform.Signatories.Features.SearchRegister;
using SpiPlatform.Signatories.Features.SignAccord;
using SpiPlatform.Signatories.Features.UpdateOrganisation;
using SpiPlatform.Signatories.Features.ViewOrganisation;
using SpiPlatform.Signatories.Features.WithdrawFromAccord;

namespace SpiPlatform.Signatories.GraphQL;

/// <summary>The register's fields, each declared beside its use case: queries are public, mutations need a signed-in caller.</summary>
internal sealed class SignatoriesSchemaContributor : IGraphQLSchemaContributor
{
    public void ContributeQueries(ObjectGraphType query)
    {
        OrganisationsQuery.Add(query);
        OrganisationQuery.Add(query);
    }

    public void ContributeMutations(ObjectGraphType mutation)
    {
        RegisterOrganisationMutation.Add(mutation);
        UpdateOrganisationMutation.Add(mutation);
        NameDesignatedPersonMutation.Add(mutation);
        SignAccordMutation.Add(mutation);
        DecideSignatureMutations.Add(mutation);
        WithdrawFromAccordMutation.Add(mutation);
    }
}
