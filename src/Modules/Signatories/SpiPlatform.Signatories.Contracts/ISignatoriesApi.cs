namespace SpiPlatform.Signatories.Contracts;

/// <summary>How other modules read Accord signatories. Register-wide reads only; no writes.</summary>
public interface ISignatoriesApi
{
    /// <summary>The organisations with these ids; unknown ids are left out.</summary>
    Task<IReadOnlyDictionary<Guid, OrganisationSummary>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct);

    /// <summary>Every current (verified) Accord signatory, by English name: for choosing partners.</summary>
    Task<IReadOnlyList<OrganisationSummary>> ListActiveAsync(CancellationToken ct);

    /// <summary>Whether the organisation exists and is a current (verified) Accord signatory.</summary>
    Task<bool> IsActiveSignatoryAsync(Guid organisationId, CancellationToken ct);
}
