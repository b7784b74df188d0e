using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Protocols.Domain;

/// <param name="Members">How many organisations the entry stands for: 1, or a group's size ("eight GP practices" is 8).</param>
internal sealed record PartnerInput(Guid OrganisationId, PartnerRole Role = PartnerRole.Partner, int Members = 1);

/// <summary>An agreement's own fields (flows are edited one by one).</summary>
internal sealed record AgreementInput(
    AgreementKind Kind,
    string? TitleEn,
    string? TitleCy,
    string? SummaryEn,
    string? SummaryCy,
    string? Purpose,
    AgreementServiceArea? ServiceArea,
    IReadOnlyList<ServiceArea>? Regions,
    Guid? CoordinatorId,
    IReadOnlyList<PartnerInput>? Partners,
    string? ServiceUsers,
    IReadOnlyList<DataCategory>? DataCategories,
    bool ConsentRequired,
    IReadOnlyList<string>? Gateways,
    string? OtherLegalBasis,
    string? ConsentHowObtained,
    string? ConsentReviewInterval,
    string? ConsentOverrideCriteria,
    string? SecurityNotes,
    string? RetentionNotes,
    DateOnly? ReviewDue,
    string? DpiaReference = null,
    string? DpiaStatus = null,
    DateOnly? DevelopmentStarted = null,
    int? PractitionerHours = null);

internal sealed record FlowInput(
    FlowStage Stage, string? CustomStage, Guid FromOrganisationId, Guid ToOrganisationId,
    IReadOnlyList<DataCategory>? Data, FlowMethod Method, string? Frequency, IReadOnlyList<string>? LegalBases = null);
