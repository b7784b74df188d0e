using GraphQL.Types;
using SpiPlatform.Protocols.Features.ManageThesaurus;

namespace SpiPlatform.Protocols.GraphQL;

internal sealed class ThesaurusConceptGraphType : ObjectGraphType<ThesaurusConcept>
{
    public ThesaurusConceptGraphType()
    {
        Name = "ThesaurusConcept";
        Description = "One concept of the library's thesaurus: a search for any of its terms also finds the others, English and Welsh together.";
        Field(c => c.Name).Description("The concept's name, in lower case with hyphens, e.g. early-years.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("terms").Description("Its terms, at least two, alphabetical.")
            .Resolve(c => c.Source.Terms);
    }
}
