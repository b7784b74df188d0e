using GraphQL.Types;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Features.Shared;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Protocols.GraphQL;

internal sealed class PartnerInputModel
{
    public Guid OrganisationId { get; set; }
    public PartnerRole Role { get; set; } = PartnerRole.Partner;
}

internal class AgreementInputModel
{
    public AgreementKind Kind { get; set; } = AgreementKind.Isp;
    public string? TitleEn { get; set; }
    public string? TitleCy { get; set; }
    public string? SummaryEn { get; set; }
    public string? SummaryCy { get; set; }
    public string? Purpose { get; set; }
    public AgreementServiceArea? ServiceArea { get; set; }
    public List<ServiceArea>? Regions { get; set; }
    public Guid? CoordinatorId { get; set; }
    public List<PartnerInputModel>? Partners { get; set; }
    public string? ServiceUsers { get; set; }
    public List<DataCategory>? DataCategories { get; set; }
    public bool ConsentRequired { get; set; }
    public List<StatutoryGateway>? Gateways { get; set; }
    public string? OtherLegalBasis { get; set; }
    public string? ConsentHowObtained { get; set; }
    public string? ConsentReviewInterval { get; set; }
    public string? ConsentOverrideCriteria { get; set; }
    public string? SecurityNotes { get; set; }
    public string? RetentionNotes { get; set; }
    public DateOnly? ReviewDue { get; set; }
    public string? DpiaReference { get; set; }
    public string? DpiaStatus { get; set; }
    public DateOnly? DevelopmentStarted { get; set; }
    public int? PractitionerHours { get; set; }

    public AgreementInput ToInput() => new(Kind, TitleEn, TitleCy, SummaryEn, SummaryCy, Purpose, ServiceArea, Regions, CoordinatorId,
        Partners?.Select(p => new PartnerInput(p.OrganisationId, p.Role)).ToList(), ServiceUsers, DataCategories, ConsentRequired, Gateways,
        OtherLegalBasis, ConsentHowObtained, ConsentReviewInterval, ConsentOverrideCriteria, SecurityNotes, RetentionNotes, ReviewDue,
        DpiaReference, DpiaStatus, DevelopmentStarted, PractitionerHours);
}

internal sealed class UpdateAgreementInputModel : AgreementInputModel
{
    public Guid Id { get; set; }
    public int Version { get; set; }
}

internal sealed class FlowInputModel
{
    public Guid AgreementId { get; set; }
    public Guid FlowId { get; set; }
    public int Version { get; set; }
    public FlowStage Stage { get; set; }
    public string? CustomStage { get; set; }
    public Guid FromOrganisationId { get; set; }
    public Guid ToOrganisationId { get; set; }
    public List<DataCategory>? Data { get; set; }
    public FlowMethod Method { get; set; }
    public string? Frequency { get; set; }

    public FlowInput ToInput() => new(Stage, CustomStage, FromOrganisationId, ToOrganisationId, Data, Method, Frequency);
}

internal sealed class PartnerInputGraphType : InputObjectGraphType<PartnerInputModel>
{
    public PartnerInputGraphType()
    {
        Name = "AgreementPartnerInput";
        Field<NonNullGraphType<IdGraphType>>("organisationId");
        Field<PartnerRoleGraphType>("role").Description("Defaults to PARTNER; the coordinator is added as COORDINATOR.");
    }
}

internal class AgreementFields<T> : InputObjectGraphType<T> where T : AgreementInputModel
{
    protected AgreementFields()
    {
        Field<AgreementKindGraphType>("kind").Description("Defaults to ISP.");
        Field(x => x.TitleEn, nullable: true).Description("Required.");
        Field(x => x.TitleCy, nullable: true);
        Field(x => x.SummaryEn, nullable: true);
        Field(x => x.SummaryCy, nullable: true);
        Field(x => x.Purpose, nullable: true);
        Field<AgreementServiceAreaGraphType>("serviceArea").Description("Required.");
        AddField(new FieldType { Name = "regions", ResolvedType = new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("ServiceArea"))) });
        Field<IdGraphType>("coordinatorId").Description("Required: the coordinating organisation, an active Accord signatory.");
        Field<ListGraphType<NonNullGraphType<PartnerInputGraphType>>>("partners").Description("Each must be an active Accord signatory.");
        Field(x => x.ServiceUsers, nullable: true);
        Field<ListGraphType<NonNullGraphType<DataCategoryGraphType>>>("dataCategories");
        Field<BooleanGraphType>("consentRequired");
        Field<ListGraphType<NonNullGraphType<StatutoryGatewayGraphType>>>("gateways");
        Field(x => x.OtherLegalBasis, nullable: true);
        Field(x => x.ConsentHowObtained, nullable: true);
        Field(x => x.ConsentReviewInterval, nullable: true);
        Field(x => x.ConsentOverrideCriteria, nullable: true);
        Field(x => x.SecurityNotes, nullable: true);
        Field(x => x.RetentionNotes, nullable: true);
        Field<DateOnlyGraphType>("reviewDue").Description("Required; not in the past.");
        Field(x => x.DpiaReference, nullable: true);
        Field(x => x.DpiaStatus, nullable: true);
        Field<DateOnlyGraphType>("developmentStarted");
        Field(x => x.PractitionerHours, nullable: true);
    }
}

internal sealed class CreateAgreementInputGraphType : AgreementFields<AgreementInputModel>
{
    public CreateAgreementInputGraphType() => Name = "CreateAgreementInput";
}

internal sealed class UpdateAgreementInputGraphType : AgreementFields<UpdateAgreementInputModel>
{
    public UpdateAgreementInputGraphType()
    {
        Name = "UpdateAgreementInput";
        Field<NonNullGraphType<IdGraphType>>("id");
        Field(x => x.Version);
    }
}

internal sealed class FlowInputGraphType : InputObjectGraphType<FlowInputModel>
{
    public FlowInputGraphType()
    {
        Name = "FlowInput";
        Description = "addFlow needs agreementId; updateFlow and removeFlow need flowId. Version is the agreement's.";
        Field<IdGraphType>("agreementId");
        Field<IdGraphType>("flowId");
        Field(x => x.Version);
        Field<FlowStageGraphType>("stage");
        Field(x => x.CustomStage, nullable: true);
        Field<IdGraphType>("fromOrganisationId");
        Field<IdGraphType>("toOrganisationId");
        Field<ListGraphType<NonNullGraphType<DataCategoryGraphType>>>("data");
        Field<FlowMethodGraphType>("method");
        Field(x => x.Frequency, nullable: true);
    }
}

internal sealed class AgreementFilterGraphType : InputObjectGraphType
{
    public AgreementFilterGraphType()
    {
        Name = "AgreementFilter";
        Description = "Each list matches any of its values; lists combine with AND.";
        Field<ListGraphType<NonNullGraphType<AgreementKindGraphType>>>("kinds");
        Field<ListGraphType<NonNullGraphType<AgreementStatusGraphType>>>("statuses");
        Field<ListGraphType<NonNullGraphType<AgreementServiceAreaGraphType>>>("serviceAreas");
        AddField(new FieldType { Name = "partnerSectors", ResolvedType = new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("OrganisationSector"))) });
        AddField(new FieldType { Name = "regions", ResolvedType = new ListGraphType(new NonNullGraphType(new GraphQLTypeReference("ServiceArea"))) });
        Field<ListGraphType<NonNullGraphType<DataCategoryGraphType>>>("dataCategories");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("legalBases").Description("CONSENT, OTHER or a StatutoryGateway name.");
    }
}
