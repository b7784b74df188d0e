using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Signatories.Domain;

internal enum SignatureStatus
{
    Pending,
    Active,
    Rejected,
    Withdrawn,
    Lapsed,
}

/// <summary>One signing of the Accord declaration, from signature through verification to withdrawal or lapse.</summary>
internal sealed class AccordSignature
{
    public Guid Id { get; init; }
    public Guid OrganisationId { get; init; }
    public required string DeclarationVersion { get; init; }
    public required string SignedByName { get; init; }
    public required string SignedByRole { get; init; }
    public DateOnly SignedOn { get; init; }
    public SignatureStatus Status { get; set; } = SignatureStatus.Pending;
    public DateTimeOffset CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    public string? Reason { get; set; }
    public DateOnly? RenewalDueOn { get; set; }

    /// <summary>The signature's status in the register's words (the organisation takes its latest signature's).</summary>
    public AccordStatus RegisterStatus => Status switch
    {
        SignatureStatus.Pending => AccordStatus.Pending,
        SignatureStatus.Active => AccordStatus.Active,
        SignatureStatus.Rejected => AccordStatus.Rejected,
        SignatureStatus.Withdrawn => AccordStatus.Withdrawn,
        SignatureStatus.Lapsed => AccordStatus.Lapsed,
        _ => throw new InvalidOperationException($"Unknown signature status {Status}."),
    };
}
