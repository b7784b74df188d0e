using GraphQL.Types;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.SharedKernel.Localization;

namespace SpiPlatform.Protocols.GraphQL;

internal sealed class LegalBasisGroupGraphType : EnumerationGraphType<LegalBasisGroup>;

internal sealed class LegalBasisGraphType : ObjectGraphType<LegalBasis>
{
    public LegalBasisGraphType()
    {
        Name = "LegalBasis";
        Description = "An entry of the managed list of legal bases an agreement or an information flow may cite.";
        Field(b => b.Code).Description("What agreements store and send, e.g. UkGdprArticle6E or ChildrenAct1989.");
        Field(b => b.NameEn);
        Field(b => b.NameCy);
        Field<NonNullGraphType<StringGraphType>>("name").Description("The name in the reader's language.")
            .Resolve(c => Bilingual.Pick(c.Source.NameEn, c.Source.NameCy));
        Field<NonNullGraphType<LegalBasisGroupGraphType>>("group").Resolve(c => c.Source.Group);
        Field(b => b.Repealed).Description("The law was repealed (the Data Protection Act 1998): kept on historic agreements, never chosen for a new draft.");
        Field(b => b.RetiredAt, nullable: true).Description("When the programme team took it off the list; agreements citing it keep it.");
        Field<NonNullGraphType<BooleanGraphType>>("current").Description("Neither repealed nor retired: a draft may choose it.")
            .Resolve(c => c.Source.IsCurrent);
        Field(b => b.Version).Description("Send this back to retire the entry; a stale version is refused with CONFLICT.");
    }
}
