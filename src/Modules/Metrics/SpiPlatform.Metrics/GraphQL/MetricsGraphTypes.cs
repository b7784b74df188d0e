using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.Metrics.Features.Figures;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Metrics.GraphQL;

/// <summary>The root of the evaluation figures; carries nothing itself.</summary>
internal sealed class MetricsRoot;

internal sealed class FigurePointGraphType : ObjectGraphType<FigurePoint>
{
    public FigurePointGraphType()
    {
        Name = "FigurePoint";
        Description = "One value of a figure's series.";
        Field<NonNullGraphType<StringGraphType>>("period").Description("The month, as YYYY-MM.").Resolve(c => c.Source.Period);
        Field<NonNullGraphType<StringGraphType>>("dimension")
            .Description("The value of the dimension the series is broken down by (e.g. LOCAL_AUTHORITY for SECTOR), or TOTAL.")
            .Resolve(c => c.Source.Dimension);
        Field<NonNullGraphType<IntGraphType>>("value").Description("The count.").Resolve(c => c.Source.Value);
    }
}

internal sealed class AdoptionFiguresGraphType : ObjectGraphType<AdoptionSeries>
{
    public AdoptionFiguresGraphType()
    {
        Name = "AdoptionFigures";
        Description = "Accord adoption month by month. Organisations are counted once per series value; one serving several areas counts in each area.";
        Field<NonNullGraphType<StringGraphType>>("from").Description("The first month covered, as YYYY-MM.").Resolve(c => c.Source.Query.From.ToString());
        Field<NonNullGraphType<StringGraphType>>("to").Description("The last month covered, as YYYY-MM.").Resolve(c => c.Source.Query.To.ToString());
        Field<NonNullGraphType<StringGraphType>>("dimension").Description("What the series are broken down by.").Resolve(c => c.Source.Query.Dimension);
        Points("active", "Active signatories at each month's end (cumulative): verified by then and not withdrawn or lapsed.", s => s.Active);
        Points("new", "Organisations that became active signatories in the month (first verification).", s => s.New);
        Points("signed", "Accord signatures made in the month.", s => s.Signed);
        Points("verified", "Signatures verified by the programme team in the month.", s => s.Verified);
        Points("withdrawn", "Signatures withdrawn in the month.", s => s.Withdrawn);
        Points("lapsed", "Signatures that lapsed in the month, not renewed by their renewal date.", s => s.Lapsed);
    }

    private void Points(string name, string description, Func<AdoptionSeries, IReadOnlyList<FigurePoint>> series)
        => Field<NonNullGraphType<ListGraphType<NonNullGraphType<FigurePointGraphType>>>>(name).Description(description).Resolve(c => series(c.Source));
}

internal sealed class OrganisationFigureGraphType : ObjectGraphType<OrganisationCount>
{
    public OrganisationFigureGraphType()
    {
        Name = "OrganisationFigure";
        Description = "A count for one organisation.";
        Field<NonNullGraphType<IdGraphType>>("organisationId").Description("The organisation's register id.").Resolve(c => c.Source.OrganisationId);
        Field<GraphQLTypeReference>("organisation").Type(new GraphQLTypeReference(IOrganisationGraph.TypeName))
            .Description("The organisation on the Accord register.")
            .Resolve(c => c.RequestServices!.GetRequiredService<IOrganisationGraph>().Load(c, c.Source.OrganisationId));
        Field<NonNullGraphType<IntGraphType>>("value").Description("The count.").Resolve(c => c.Source.Value);
    }
}

internal sealed class AgreementPartnersFigureGraphType : ObjectGraphType<AgreementPartnerCount>
{
    public AgreementPartnersFigureGraphType()
    {
        Name = "AgreementPartnersFigure";
        Description = "How many partners an agreement has now.";
        Field<NonNullGraphType<IdGraphType>>("agreementId").Description("The agreement's id.").Resolve(c => c.Source.AgreementId);
        Field<NonNullGraphType<StringGraphType>>("reference").Description("Its reference, e.g. ISP-2011-0003.").Resolve(c => c.Source.Reference);
        Field<NonNullGraphType<IntGraphType>>("partnerEntries").Description("Partner entries as listed, the coordinator included.").Resolve(c => c.Source.Entries);
        Field<NonNullGraphType<IntGraphType>>("partnerOrganisations")
            .Description("Partner organisations: an entry standing for a group (\"eight GP practices\") counts as its members.")
            .Resolve(c => c.Source.Organisations);
    }
}

internal sealed class AgreementFiguresGraphType : ObjectGraphType<AgreementSeries>
{
    public AgreementFiguresGraphType()
    {
        Name = "AgreementFigures";
        Description = "ISPs and DDAs month by month, live agreements per organisation and partners per agreement.";
        Field<NonNullGraphType<StringGraphType>>("from").Description("The first month covered, as YYYY-MM.").Resolve(c => c.Source.Query.From.ToString());
        Field<NonNullGraphType<StringGraphType>>("to").Description("The last month covered, as YYYY-MM.").Resolve(c => c.Source.Query.To.ToString());
        Field<NonNullGraphType<StringGraphType>>("dimension").Description("What the agreements series is broken down by.").Resolve(c => c.Source.Query.Dimension);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FigurePointGraphType>>>>("agreements")
            .Description("Agreements at each month's end (those whose development had started), broken down by the dimension; by STATUS, the status each was in then.")
            .Resolve(c => c.Source.Agreements);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FigurePointGraphType>>>>("statusChanges")
            .Description("How many agreements entered each status in the month; the dimension is the status entered.")
            .Resolve(c => c.Source.StatusChanges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<OrganisationFigureGraphType>>>>("liveByOrganisation")
            .Description("For each partner organisation, the agreements live or under review at the end of the period, most first.")
            .Resolve(c => c.Source.LiveByOrganisation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementPartnersFigureGraphType>>>>("partners")
            .Description("For each agreement passing the filters, by reference, its current partners.")
            .Resolve(c => c.Source.Partners);
    }
}
