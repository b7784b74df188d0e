using GraphQL.Types;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Protocols.GraphQL;

internal sealed class PartnerInputModel
{
    public Guid OrganisationId { get; set; }
    public PartnerRole Role { get; set; } = PartnerRole.Partner;
}

/// <summary>An agreement's own fields as createAgreement and updateAgreement take them.</summary>
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
    public List<string>? LegalBasisCodes { get; set; }
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
        Partners?.Select(p => new PartnerInput(p.OrganisationId, p.Role)).ToList(), ServiceUsers, DataCategories, ConsentRequired, LegacyGateways.Merge(Gateways, LegalBasisCodes),
        OtherLegalBasis, ConsentHowObtained, ConsentReviewInterval, ConsentOverrideCriteria, SecurityNotes, RetentionNotes, ReviewDue,
        DpiaReference, DpiaStatus, DevelopmentStarted, PractitionerHours);
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
        Field<IdGraphType>("coordinatorId").Description("The coordinating organisation, an active Accord signatory. Defaults to your own organisation.");
        Field<ListGraphType<NonNullGraphType<PartnerInputGraphType>>>("partners").Description("Each must be an active Accord signatory.");
        Field(x => x.ServiceUsers, nullable: true);
        Field<ListGraphType<NonNullGraphType<DataCategoryGraphType>>>("dataCategories");
        Field<BooleanGraphType>("consentRequired");
        Field<ListGraphType<NonNullGraphType<StatutoryGatewayGraphType>>>("gateways")
            .Description("Statutory gateways by their old enum names; kept for older clients. Cited together with legalBasisCodes.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("legalBasisCodes")
            .Description("Codes from legalBases, e.g. UkGdprArticle6E. An unknown, repealed or retired code is VALIDATION_FAILED on input.gateways.");
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
