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

    /// <summary>The active signatures whose Accord renewal falls due between <paramref name="dueFrom"/> and <paramref name="dueTo"/> (both included).</summary>
    Task<IReadOnlyList<AccordRenewalDate>> ListRenewalDatesAsync(DateOnly dueFrom, DateOnly dueTo, CancellationToken ct);

    /// <summary>
    /// Every signature of the organisations with these ids, or of every organisation when <paramref name="organisationIds"/>
    /// is null: what the Metrics module's read model is back-filled and refreshed from. No access check.
    /// </summary>
    Task<IReadOnlyList<SignatureFacts>> ListSignatureFactsAsync(IReadOnlyCollection<Guid>? organisationIds, CancellationToken ct);
}

/// <summary>When an organisation's Accord signature is due for renewal.</summary>
/// <param name="OrganisationId">The organisation.</param>
/// <param name="NameEn">Its English name.</param>
/// <param name="NameCy">Its Welsh name, when it has one.</param>
/// <param name="RenewalDue">The date the signature must be renewed by.</param>
/// <param name="Areas">The principal areas the organisation serves.</param>
public sealed record AccordRenewalDate(Guid OrganisationId, string NameEn, string? NameCy, DateOnly RenewalDue, IReadOnlyList<ServiceArea> Areas);
