using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.Metrics.Areas.CaseStudies.Pages;
using SpiPlatform.Metrics.Features.CaseStudies;
using SpiPlatform.Protocols.Contracts;

namespace SpiPlatform.Metrics.GraphQL;

internal sealed class CaseStudyTextGraphType : ObjectGraphType<CaseStudyText>
{
    public CaseStudyTextGraphType()
    {
        Name = "CaseStudyText";
        Description = "A case-study text in English and, where the content exists, Welsh.";
        Field<NonNullGraphType<StringGraphType>>("en").Description("The English text.").Resolve(c => c.Source.En);
        Field<StringGraphType>("cy").Description("The Welsh text; null where there is none (the pages then show the English, marked lang=\"en\").").Resolve(c => c.Source.Cy);
    }
}

internal sealed class CaseStudyQuoteGraphType : ObjectGraphType<CaseStudyQuote>
{
    public CaseStudyQuoteGraphType()
    {
        Name = "CaseStudyQuote";
        Description = "A consultee's words as the evaluation quotes them.";
        Field<NonNullGraphType<CaseStudyTextGraphType>>("words").Description("What was said.").Resolve(c => c.Source.Words);
        Field<NonNullGraphType<CaseStudyTextGraphType>>("attributedTo").Description("Who said it, by role only (the evaluation names no one).").Resolve(c => c.Source.AttributedTo);
    }
}

internal sealed class CaseStudyAgreementFiguresGraphType : ObjectGraphType<CaseStudyAgreementFigures>
{
    public CaseStudyAgreementFiguresGraphType()
    {
        Name = "CaseStudyAgreementFigures";
        Description = "The linked agreement now, as the evaluation figures count it (the Metrics read model, the same as metrics.agreements.partners).";
        Field<NonNullGraphType<GraphQLTypeReference>>("status").Type(new NonNullGraphType(new GraphQLTypeReference("AgreementStatus")))
            .Description("Where the agreement is in its lifecycle.").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<IntGraphType>>("partnerEntries").Description("Partner entries as listed, the coordinator included.").Resolve(c => c.Source.PartnerEntries);
        Field<NonNullGraphType<IntGraphType>>("partnerOrganisations")
            .Description("Partner organisations: an entry standing for a group (\"eight GP practices\") counts as its members.").Resolve(c => c.Source.PartnerOrganisations);
        Field<DateOnlyGraphType>("liveSince").Description("When it went live, if it is live or under review now; else null.").Resolve(c => c.Source.LiveSince);
        Field<NonNullGraphType<BooleanGraphType>>("inPublicLibrary")
            .Description("Whether anyone may read it in the ISP library (quality assured, awaiting sign-off, live or under review).").Resolve(c => c.Source.IsInPublicLibrary);
    }
}

internal sealed class CaseStudyGraphType : ObjectGraphType<CaseStudyWithFigures>
{
    public CaseStudyGraphType()
    {
        Name = "CaseStudy";
        Description = "An evaluation case study: how one partnership developed and uses its agreement, in the evaluators' words, with the agreement's live figures.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The case study's id.").Resolve(c => c.Source.CaseStudy.Id);
        Field<NonNullGraphType<StringGraphType>>("slug").Description("Its name in addresses: the page is /case-studies/{slug}.").Resolve(c => c.Source.CaseStudy.Slug);
        Field<NonNullGraphType<StringGraphType>>("path").Description("The path of its public page.").Resolve(c => CaseStudyLabels.PathOf(c.Source.CaseStudy.Slug));
        Text("title", "Its title.", s => s.Title);
        Text("area", "Where in Wales it is.", s => s.Area);
        Text("summary", "What it shows, in one sentence.", s => s.Summary);
        Text("background", "Background to the agreement. Paragraphs are separated by a blank line.", s => s.Background);
        Text("howInformationIsShared", "How personal information is now shared amongst the partners. Paragraphs are separated by a blank line.", s => s.HowInformationIsShared);
        Text("howTheIspWasDeveloped", "How the ISP was developed. Paragraphs are separated by a blank line.", s => s.HowTheIspWasDeveloped);
        Text("benefits", "The benefits of WASPI and the ISP. Paragraphs are separated by a blank line.", s => s.Benefits);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseStudyTextGraphType>>>>("partners")
            .Description("The partners as the case study names them; a group (\"GP practices (8)\") is one entry.")
            .Resolve(c => c.Source.CaseStudy.Partners.Select(p => p.Name).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseStudyTextGraphType>>>>("keyMessages")
            .Description("Its key messages, in the evaluation's order.").Resolve(c => c.Source.CaseStudy.KeyMessages.Select(m => m.Message).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseStudyQuoteGraphType>>>>("quotes")
            .Description("Consultees' words, attributed by role.").Resolve(c => c.Source.CaseStudy.Quotes);
        Field<NonNullGraphType<StringGraphType>>("agreementReference").Description("The linked agreement's reference, e.g. ISP-2011-0003.").Resolve(c => c.Source.CaseStudy.AgreementReference);
        Field<GraphQLTypeReference>("agreement").Type(new GraphQLTypeReference(IAgreementGraph.TypeName))
            .Description("The linked agreement in the ISP library; null when the caller may not read it (a draft or one in quality assurance, for a public caller).")
            .Resolve(c => c.RequestServices!.GetRequiredService<IAgreementGraph>().Load(c, c.Source.CaseStudy.AgreementId));
        Field<CaseStudyAgreementFiguresGraphType>("figures")
            .Description("The linked agreement's live figures; null until the Metrics read model holds the agreement.").Resolve(c => c.Source.Figures);
    }

    private void Text(string name, string description, Func<CaseStudy, CaseStudyText> text)
        => Field<NonNullGraphType<CaseStudyTextGraphType>>(name).Description(description).Resolve(c => text(c.Source.CaseStudy));
}
