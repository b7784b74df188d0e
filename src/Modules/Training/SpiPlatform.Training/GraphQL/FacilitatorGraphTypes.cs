using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.Signatories.Contracts;
using SpiPlatform.Training.Contracts;
using SpiPlatform.Training.Domain;

namespace SpiPlatform.Training.GraphQL;

internal sealed class FacilitatorLanguageGraphType : EnumerationGraphType<FacilitatorLanguage>
{
    public FacilitatorLanguageGraphType() => Description = "The language(s) a facilitator works in.";
}

internal sealed class FacilitatorAvailabilityGraphType : EnumerationGraphType<FacilitatorAvailability>
{
    public FacilitatorAvailabilityGraphType() => Description = "Whether a facilitator can take on another ISP now.";
}

internal sealed class FacilitatorGraphType : ObjectGraphType<Facilitator>
{
    public FacilitatorGraphType()
    {
        Name = "Facilitator";
        Description = "A trained ISP facilitator. Contact details are shown to signed-in callers only.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<StringGraphType>("email").Description("Null for anonymous callers.").Resolve(c => SignedIn(c) ? c.Source.Email : null);
        Field<StringGraphType>("phone").Description("Null for anonymous callers, or when not given.").Resolve(c => SignedIn(c) ? c.Source.Phone : null);
        Field<NonNullGraphType<IdGraphType>>("organisationId").Resolve(c => c.Source.OrganisationId);
        Field<GraphQLTypeReference>("organisation").Type(new GraphQLTypeReference(IOrganisationGraph.TypeName))
            .Resolve(c => c.RequestServices!.GetRequiredService<IOrganisationGraph>().Load(c, c.Source.OrganisationId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TrainingAreaGraphType>>>>("areas").Resolve(c => c.Source.Areas);
        Field<NonNullGraphType<FacilitatorLanguageGraphType>>("languages").Resolve(c => c.Source.Languages);
        Field<NonNullGraphType<FacilitatorAvailabilityGraphType>>("availability").Resolve(c => c.Source.Availability);
        Field<StringGraphType>("availabilityNote").Resolve(c => c.Source.AvailabilityNote);
        Field<NonNullGraphType<DateOnlyGraphType>>("qualifiedOn").Resolve(c => c.Source.QualifiedOn);
    }

    private static bool SignedIn(IResolveFieldContext c) => c.User?.Identity?.IsAuthenticated == true;
}

internal sealed class FacilitatorConnectionGraphType : ConnectionType<FacilitatorGraphType, EdgeType<FacilitatorGraphType>>
{
    public FacilitatorConnectionGraphType() => Name = "FacilitatorConnection";
}
