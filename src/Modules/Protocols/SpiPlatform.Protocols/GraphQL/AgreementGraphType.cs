using GraphQL;
using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Features.Shared;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Protocols.GraphQL;

internal sealed class AgreementGraphType : ObjectGraphType<Agreement>
{
    public AgreementGraphType(IEnumerable<IObjectTypeExtension> extensions)
    {
        Name = "Agreement";
        Description = "An Information Sharing Protocol (ISP) or Data Disclosure Agreement (DDA).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(a => a.Reference);
        Field<NonNullGraphType<AgreementKindGraphType>>("kind").Resolve(c => c.Source.Kind);
        Field(a => a.TitleEn);
        Field(a => a.TitleCy);
        Field(a => a.SummaryEn);
        Field(a => a.SummaryCy);
        Field(a => a.Purpose);
        Field<NonNullGraphType<AgreementServiceAreaGraphType>>("serviceArea").Resolve(c => c.Source.ServiceArea);
        Field<ListGraphType<NonNullGraphType<GraphQLTypeReference>>>("regions")
            .Type(new NonNullGraphType(new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("ServiceArea")))))
            .Resolve(c => c.Source.Regions);
        Field<NonNullGraphType<AgreementStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field(a => a.Version).Description("Send this back with an edit; a stale version is refused with CONFLICT.");
        Organisation(this, "coordinator", a => a.CoordinatorId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementPartnerGraphType>>>>("partners")
            .Resolve(c => c.Source.Partners.OrderBy(p => p.Role).ToList());
        Field(a => a.ServiceUsers);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataCategoryGraphType>>>>("dataCategories").Resolve(c => c.Source.DataCategories);
        Field(a => a.ConsentRequired);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StatutoryGatewayGraphType>>>>("gateways")
            .Description("The cited bases that are statutory gateways of the old enum; legalBases has every cited basis.")
            .Resolve(c => LegacyGateways.Of(c.Source.Gateways));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LegalBasisGraphType>>>>("legalBases")
            .Description("Every basis the agreement cites, from the managed list (repealed and retired ones included), in list order.")
            .ResolveAsync(async c => await Cited(c, c.Source.Gateways));
        Field(a => a.OtherLegalBasis, nullable: true);
        Field(a => a.ConsentHowObtained, nullable: true);
        Field(a => a.ConsentReviewInterval, nullable: true);
        Field(a => a.ConsentOverrideCriteria, nullable: true);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<InformationFlowGraphType>>>>("flows")
            .Resolve(c => c.Source.Flows.OrderBy(f => f.Position).ToList());
        Field(a => a.SecurityNotes, nullable: true);
        Field(a => a.RetentionNotes, nullable: true);
        Field<NonNullGraphType<DateOnlyGraphType>>("reviewDue").Resolve(c => c.Source.ReviewDue);
        Field<NonNullGraphType<BooleanGraphType>>("reviewOverdue")
            .Resolve(c => c.Source.IsReviewOverdue(c.RequestServices!.GetRequiredService<TimeProvider>().TodayInWales()));
        Field(a => a.DpiaReference, nullable: true);
        Field(a => a.DpiaStatus, nullable: true);
        Field<DateOnlyGraphType>("developmentStarted").Resolve(c => c.Source.DevelopmentStarted);
        Field(a => a.PractitionerHours, nullable: true);
        Field<DateOnlyGraphType>("liveOn").Resolve(c => c.Source.LiveOn);
        Field<AgreementGraphType>("derivedFrom").Description("The agreement this one was started from.")
            .ResolveAsync(async c => c.Source.DerivedFromId is { } id
                ? await c.RequestServices!.GetRequiredService<ProtocolsDbContext>().FindReadableAsync(id, null, c.User!, c.CancellationToken)
                : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementGraphType>>>>("derivedAgreements")
            .Description("Agreements started from this one (that you can see).")
            .ResolveAsync(async c => await VisibleAsync(c, db => db.Agreements.Where(a => a.DerivedFromId == c.Source.Id)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgreementVersionGraphType>>>>("versions")
            .Description("Every frozen version, oldest first.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<ProtocolsDbContext>().Versions.AsNoTracking()
                .Where(v => v.AgreementId == c.Source.Id).OrderBy(v => v.Number).ToListAsync(c.CancellationToken));
        // Other modules' fields (QA's qa): every agreement resolved here is one the caller may read.
        foreach (var extension in extensions.Where(e => e.TypeName == Name))
        {
            extension.Extend(this, source => ((Agreement)source).Id);
        }
    }

    /// <summary>The list's entries for cited codes, in list order (a code missing from the list is left out).</summary>
    public static async Task<List<LegalBasis>> Cited(IResolveFieldContext c, IEnumerable<string> codes)
    {
        var law = await c.RequestServices!.GetRequiredService<LegalBasisList>().LawAsync(c.CancellationToken);
        return [.. LegalBasisLaw.Ordered(codes.Select(law.Find).OfType<LegalBasis>())];
    }

    /// <summary>A field of the register's Organisation type, batched across the whole request.</summary>
    public static void Organisation<T>(ObjectGraphType<T> type, string name, Func<T, Guid> id)
        => type.Field<GraphQLTypeReference>(name).Type(new GraphQLTypeReference(IOrganisationGraph.TypeName))
            .Resolve(c => c.RequestServices!.GetRequiredService<IOrganisationGraph>().Load(c, id(c.Source)));

    private static async Task<List<Agreement>> VisibleAsync(IResolveFieldContext c, Func<ProtocolsDbContext, IQueryable<Agreement>> query)
    {
        var rows = await query(c.RequestServices!.GetRequiredService<ProtocolsDbContext>()).AsNoTracking()
            .Include(a => a.Partners).Include(a => a.Flows).AsSplitQuery().ToListAsync(c.CancellationToken);
        return [.. rows.Where(a => ProtocolsAccess.CanRead(c.User!, a))];
    }
}

internal sealed class AgreementPartnerGraphType : ObjectGraphType<AgreementPartner>
{
    public AgreementPartnerGraphType()
    {
        Name = "AgreementPartner";
        Field<NonNullGraphType<IdGraphType>>("organisationId").Resolve(c => c.Source.OrganisationId);
        Field<NonNullGraphType<PartnerRoleGraphType>>("role").Resolve(c => c.Source.Role);
        AgreementGraphType.Organisation(this, "organisation", p => p.OrganisationId);
    }
}

internal sealed class InformationFlowGraphType : ObjectGraphType<InformationFlow>
{
    public InformationFlowGraphType()
    {
        Name = "InformationFlow";
        Description = "One row of the Information Flow Reference Table.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field(f => f.Position);
        Field<NonNullGraphType<FlowStageGraphType>>("stage").Resolve(c => c.Source.Stage);
        Field(f => f.CustomStage, nullable: true);
        Field<NonNullGraphType<IdGraphType>>("fromOrganisationId").Resolve(c => c.Source.FromOrganisationId);
        Field<NonNullGraphType<IdGraphType>>("toOrganisationId").Resolve(c => c.Source.ToOrganisationId);
        AgreementGraphType.Organisation(this, "from", f => f.FromOrganisationId);
        AgreementGraphType.Organisation(this, "to", f => f.ToOrganisationId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<DataCategoryGraphType>>>>("data").Resolve(c => c.Source.Data);
        Field<NonNullGraphType<FlowMethodGraphType>>("method").Resolve(c => c.Source.Method);
        Field(f => f.Frequency);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LegalBasisGraphType>>>>("legalBases")
            .Description("The bases this flow relies on, from the managed list (empty when none is recorded for the flow).")
            .ResolveAsync(async c => await AgreementGraphType.Cited(c, c.Source.LegalBases ?? []));
    }
}

internal sealed class AgreementVersionGraphType : ObjectGraphType<AgreementVersion>
{
    public AgreementVersionGraphType()
    {
        Name = "AgreementVersion";
        Field(v => v.Number);
        Field<NonNullGraphType<AgreementStatusGraphType>>("status").Resolve(c => c.Source.Status);
        Field(v => v.CreatedAt);
        Field(v => v.Reason);
    }
}
