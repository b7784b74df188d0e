namespace SpiPlatform.QualityAssurance.Domain;

internal enum SignOffState
{
    Pending,
    Signed,
    Declined,
}

/// <summary>One partner organisation's sign-off of a quality-assured round.</summary>
internal sealed class QaSignOff
{
    public Guid Id { get; init; }
    public Guid SubmissionId { get; init; }
    public int RoundNumber { get; init; }
    public Guid OrganisationId { get; init; }
    public SignOffState State { get; set; }
    /// <summary>Since when the partner has been asked.</summary>
    public DateTimeOffset RequestedAt { get; init; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
    public string? DecidedByName { get; set; }
    /// <summary>The signatory's position, e.g. Caldicott Guardian or Chief Inspector.</summary>
    public string? SignatoryRole { get; set; }
    /// <summary>Why the partner declined.</summary>
    public string? Reason { get; set; }
    /// <summary>Optimistic-concurrency token: signing twice at once is refused.</summary>
    public int Version { get; set; }
}

/// <summary>
/// A person (by lower-cased email) whom their organisation's editor has authorised to sign agreements off for it.
/// Revoking keeps the row, so who could sign when stays known.
/// </summary>
internal sealed class QaSignOffRight
{
    public Guid Id { get; init; }
    public Guid OrganisationId { get; init; }
    public required string Email { get; init; }
    public required string DisplayName { get; set; }
    /// <summary>Their position, e.g. Caldicott Guardian.</summary>
    public string? SignatoryRole { get; set; }
    public required string GrantedBy { get; init; }
    public DateTimeOffset GrantedAt { get; init; }
    public string? RevokedBy { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
