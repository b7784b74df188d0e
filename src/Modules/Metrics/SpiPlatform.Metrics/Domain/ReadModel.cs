using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Metrics.Domain;

/// <summary>One Accord signature as the figures count it, copied from the Signatories module's contract.</summary>
internal sealed class SignatureRow
{
    public Guid SignatureId { get; init; }
    public Guid OrganisationId { get; set; }
    public OrganisationSector Sector { get; set; }
    public List<ServiceArea> Areas { get; set; } = [];
    public DateOnly SignedOn { get; set; }
    public AccordStatus Status { get; set; }
    public DateOnly? VerifiedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
}

/// <summary>One agreement as the figures count it, copied from the Protocols module's contract.</summary>
internal sealed class AgreementRow
{
    public Guid AgreementId { get; init; }
    public string Reference { get; set; } = "";
    public AgreementKind Kind { get; set; }
    public AgreementServiceArea ServiceArea { get; set; }
    public AgreementStatus Status { get; set; }
    public List<ServiceArea> Regions { get; set; } = [];
    /// <summary>The review date in force now.</summary>
    public DateOnly? ReviewDue { get; set; }
    public List<AgreementPartnerRow> Partners { get; init; } = [];
    public List<AgreementStatusRow> History { get; init; } = [];
}

/// <summary>A partner entry of an agreement: an organisation, or a group counted as its members.</summary>
internal sealed class AgreementPartnerRow
{
    public Guid AgreementId { get; init; }
    public Guid OrganisationId { get; init; }
    public int Members { get; set; } = 1;
}

/// <summary>An agreement entered a status on a date.</summary>
internal sealed class AgreementStatusRow
{
    public Guid AgreementId { get; init; }
    public int Position { get; init; }
    public AgreementStatus Status { get; set; }
    public DateOnly On { get; set; }
    /// <summary>The review date the version that entered the status carried (null for the development start).</summary>
    public DateOnly? ReviewDue { get; set; }
}

/// <summary>An integration event already applied: a redelivery with the same id is skipped.</summary>
internal sealed class HandledEvent
{
    public Guid EventId { get; init; }
    public required string EventType { get; init; }
    public DateTimeOffset HandledAt { get; init; }
}
