using GraphQL;
using GraphQL.Types;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.GraphQL;
using SpiPlatform.SharedKernel.GraphQL;

namespace SpiPlatform.Protocols.Features.ManageThesaurus;

internal sealed class SynonymInputGraphType : InputObjectGraphType
{
    public SynonymInputGraphType()
    {
        Name = "SynonymInput";
        Field<NonNullGraphType<StringGraphType>>("concept").Description("The concept's name, e.g. early-years.");
        Field<NonNullGraphType<StringGraphType>>("term").Description("2–60 letters, spaces, apostrophes or hyphens, e.g. Dechrau'n Deg.");
    }
}

internal sealed class AddSynonymConceptInputGraphType : InputObjectGraphType
{
    public AddSynonymConceptInputGraphType()
    {
        Name = "AddSynonymConceptInput";
        Field<NonNullGraphType<StringGraphType>>("concept").Description("A new concept's name; stored in lower case with hyphens (\"Early years\" becomes early-years).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("terms").Description("At least two terms that mean the same thing.");
    }
}

internal sealed class RemoveSynonymConceptInputGraphType : InputObjectGraphType
{
    public RemoveSynonymConceptInputGraphType()
    {
        Name = "RemoveSynonymConceptInput";
        Field<NonNullGraphType<StringGraphType>>("concept");
    }
}

/// <summary><c>thesaurus</c> (anyone) and the programme team's <c>addSynonym</c>, <c>removeSynonym</c>, <c>addSynonymConcept</c>, <c>removeSynonymConcept</c>.</summary>
internal static class ThesaurusFields
{
    public static void AddQuery(ObjectGraphType query)
        => query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ThesaurusConceptGraphType>>>>("thesaurus")
            .Description("The library search's thesaurus: concepts in name order, each with the terms searched for together.")
            .ResolveAsync(async c => await ThesaurusConcept.ReadAsync(c.Service<ProtocolsDbContext>(), c.CancellationToken));

    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.AddCommand<ThesaurusConceptGraphType, SynonymInputGraphType, ThesaurusConcept>("addSynonym",
            "Add a term to a concept of the thesaurus (the programme team); the next search uses it.",
            c => c.Service<ManageThesaurusHandler>().AddTermAsync(Synonym(c), c.User!, c.CancellationToken));
        mutation.AddCommand<ThesaurusConceptGraphType, SynonymInputGraphType, ThesaurusConcept>("removeSynonym",
            "Remove a term from its concept (the programme team); refused with CONFLICT if the concept would be left with one term.",
            c => c.Service<ManageThesaurusHandler>().RemoveTermAsync(Synonym(c), c.User!, c.CancellationToken));
        mutation.AddCommand<ThesaurusConceptGraphType, AddSynonymConceptInputGraphType, ThesaurusConcept>("addSynonymConcept",
            "Start a concept with its first terms, at least two (the programme team).",
            c =>
            {
                var input = c.GetArgument<Dictionary<string, object?>>("input");
                return c.Service<ManageThesaurusHandler>().StartConceptAsync(
                    new StartConceptInput(input.TextOf("concept"), input.ListOf<string?>("terms")), c.User!, c.CancellationToken);
            });
        mutation.AddCommand<ThesaurusConceptGraphType, RemoveSynonymConceptInputGraphType, ThesaurusConcept>("removeSynonymConcept",
            "Remove a concept and all its terms (the programme team); answers with what was removed.",
            c => c.Service<ManageThesaurusHandler>().RemoveConceptAsync(
                new RemoveConceptInput(c.GetArgument<Dictionary<string, object?>>("input").TextOf("concept")), c.User!, c.CancellationToken));
    }

    private static SynonymInput Synonym(IResolveFieldContext c)
    {
        var input = c.GetArgument<Dictionary<string, object?>>("input");
        return new SynonymInput(input.TextOf("concept"), input.TextOf("term"));
    }
}
