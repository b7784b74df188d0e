namespace SpiPlatform.Signatories.Domain;

/// <summary>
/// One change to an organisation or its signatures: who, when, what, and the organisation before and after.
/// Append-only: the database refuses UPDATE and DELETE on this table.
/// </summary>
internal sealed class HistoryEntry
{
    public long Id { get; init; }
    public Guid OrganisationId { get; init; }
    public DateTimeOffset At { get; init; }
    public required string ActorId { get; init; }
    public required string ActorName { get; init; }
    public required string Action { get; init; }
    public string? Before { get; init; }
    public required string After { get; init; }
}
