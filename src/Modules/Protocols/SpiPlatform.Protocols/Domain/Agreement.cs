using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Protocols.Domain;

/// <summary>An ISP or DDA: who shares what about whom, when, how and under what legal basis.</summary>
internal sealed class Agreement
{
    public Guid Id { get; init; }
    public required string Reference { get; init; }
    public AgreementKind Kind { get; set; }
    public string TitleEn { get; set; } = "";
    public string TitleCy { get; set; } = "";
    public string SummaryEn { get; set; } = "";
    public string SummaryCy { get; set; } = "";
    public string Purpose { get; set; } = "";
    public AgreementServiceArea ServiceArea { get; set; }
    public List<ServiceArea> Regions { get; set; } = [];
    public Guid CoordinatorId { get; set; }
    public List<AgreementPartner> Partners { get; init; } = [];
    public string ServiceUsers { get; set; } = "";
    public List<DataCategory> DataCategories { get; set; } = [];
    public bool ConsentRequired { get; set; }
    /// <summary>Codes from the legal-bases list (<see cref="LegalBasis"/>); the column is named for the gateways it first held.</summary>
    public List<string> Gateways { get; set; } = [];
    public string? OtherLegalBasis { get; set; }
    public string? ConsentHowObtained { get; set; }
    public string? ConsentReviewInterval { get; set; }
    public string? ConsentOverrideCriteria { get; set; }
    public List<InformationFlow> Flows { get; init; } = [];
    public string? SecurityNotes { get; set; }
    public string? RetentionNotes { get; set; }
    public DateOnly ReviewDue { get; set; }

    /// <summary>The review date that lapsed (90 days overdue, marked by the reminders); a new review date ends the lapse.</summary>
    public DateOnly? ReviewLapsedFor { get; set; }
    public string? DpiaReference { get; set; }
    public string? DpiaStatus { get; set; }
    public DateOnly? DevelopmentStarted { get; set; }
    public int? PractitionerHours { get; set; }
    public AgreementStatus Status { get; set; } = AgreementStatus.Draft;
    public DateOnly? LiveOn { get; set; }
    public Guid? DerivedFromId { get; set; }

    /// <summary>Partner names, flow descriptions and labels, kept for full-text search (names live in the Signatories module).</summary>
    public string SearchText { get; set; } = "";

    /// <summary>The partners' sectors, kept for the library's partner-sector facet.</summary>
    public List<OrganisationSector> PartnerSectors { get; set; } = [];

    public int Version { get; set; } = 1;
    public DateTimeOffset CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public DateTimeOffset UpdatedAt { get; set; }

    public IEnumerable<Guid> PartnerIds => Partners.Select(p => p.OrganisationId);

    public bool IsReviewLapsed => ReviewLapsedFor is { } lapsed && lapsed == ReviewDue;

    public bool IsReviewOverdue(DateOnly today) => Status is AgreementStatus.Live or AgreementStatus.UnderReview && ReviewDue < today;

    public void Touch(DateTimeOffset now)
    {
        Version++;
        UpdatedAt = now;
    }
}

/// <summary>A partner organisation (by its Signatories id) and the part it plays.</summary>
internal sealed class AgreementPartner
{
    public Guid AgreementId { get; init; }
    public Guid OrganisationId { get; init; }
    public PartnerRole Role { get; set; }

    /// <summary>How many organisations the entry stands for: 1, or the size of a group entered as one partner ("eight GP practices").</summary>
    public int Members { get; set; } = 1;
}

/// <summary>One row of the Information Flow Reference Table.</summary>
internal sealed class InformationFlow
{
    public Guid Id { get; init; }
    public Guid AgreementId { get; init; }
    public int Position { get; set; }
    public FlowStage Stage { get; set; }
    public string? CustomStage { get; set; }
    public Guid FromOrganisationId { get; set; }
    public Guid ToOrganisationId { get; set; }
    public List<DataCategory> Data { get; set; } = [];
    public FlowMethod Method { get; set; }
    public string Frequency { get; set; } = "";

    /// <summary>Codes from the legal-bases list this flow relies on; null when none is recorded for the flow.</summary>
    public List<string>? LegalBases { get; set; }
}

/// <summary>An immutable snapshot of an agreement at a submission or status change.</summary>
internal sealed class AgreementVersion
{
    public Guid Id { get; init; }
    public Guid AgreementId { get; init; }
    public int Number { get; init; }
    public AgreementStatus Status { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public required string CreatedBy { get; init; }
    public required string Reason { get; init; }
    public required string Snapshot { get; init; }
}
