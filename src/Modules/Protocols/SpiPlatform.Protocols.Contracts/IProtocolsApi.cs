namespace SpiPlatform.Protocols.Contracts;

/// <summary>How other modules (Quality Assurance first) read agreements and move them through their lifecycle.</summary>
public interface IProtocolsApi
{
    /// <summary>The agreement, or null.</summary>
    Task<AgreementSummary?> FindAsync(Guid agreementId, CancellationToken ct);

    /// <summary>The agreements with these ids, by id (ids that match none are left out): one query for a list's rows.</summary>
    Task<IReadOnlyDictionary<Guid, AgreementSummary>> FindManyAsync(IReadOnlyCollection<Guid> agreementIds, CancellationToken ct);

    /// <summary>The agreement with this reference (e.g. ISP-2011-0001), or null.</summary>
    Task<AgreementSummary?> FindByReferenceAsync(string reference, CancellationToken ct);

    /// <summary>The live (or under review) agreements the organisation is a partner in, by reference: what the public may see.</summary>
    Task<IReadOnlyList<AgreementSummary>> ListPublicForOrganisationAsync(Guid organisationId, CancellationToken ct);

    /// <summary>
    /// Moves an agreement to <paramref name="to"/> if that is a legal next step from where it is; records a new
    /// immutable version. Returns the problem's message when the move is not allowed, else null.
    /// </summary>
    Task<string?> TransitionAsync(Guid agreementId, AgreementStatus to, string actor, string? reason, CancellationToken ct);

    /// <summary>
    /// What changed between two frozen versions of the agreement (labels in the reader's language, organisations by
    /// name), or null when the agreement or either version does not exist. No access check: the caller decides who reads it.
    /// </summary>
    Task<AgreementVersionDiff?> DiffAsync(Guid agreementId, int fromVersion, int toVersion, CancellationToken ct);

    /// <summary>
    /// What a reviewer reads of one frozen version of the agreement, or null when it does not exist. No access check:
    /// the caller decides who reads it.
    /// </summary>
    Task<AgreementForReview?> ReadForReviewAsync(Guid agreementId, int versionNumber, CancellationToken ct);

    /// <summary>
    /// The live and under-review agreements whose review falls due between <paramref name="dueFrom"/> and
    /// <paramref name="dueTo"/> (both included), by due date: what the reminders read. No access check.
    /// </summary>
    Task<IReadOnlyList<AgreementReviewDate>> ListReviewDatesAsync(DateOnly dueFrom, DateOnly dueTo, CancellationToken ct);

    /// <summary>
    /// The live and under-review agreements that went live between <paramref name="liveFrom"/> and <paramref name="liveTo"/>
    /// (both included), by date; with <paramref name="withConsentReviewOnly"/>, only those whose consent arrangements say when
    /// consent is reviewed. What the compliance-check and consent-review reminders read. No access check.
    /// </summary>
    Task<IReadOnlyList<LiveAgreement>> ListLiveAsync(DateOnly liveFrom, DateOnly liveTo, bool withConsentReviewOnly, CancellationToken ct);

    /// <summary>
    /// Marks a live or under-review agreement review-lapsed for the review date <paramref name="reviewDue"/> (shown in the
    /// library and its facets until a new review date is set). True only when this call marked it: false when it already
    /// was, or its review date is no longer <paramref name="reviewDue"/>, or it is not live. No access check: the reminders call it.
    /// </summary>
    Task<bool> MarkReviewLapsedAsync(Guid agreementId, DateOnly reviewDue, CancellationToken ct);

    /// <summary>
    /// What the Metrics module counts of the agreements with these ids, or of every agreement when <paramref name="ids"/>
    /// is null: for its read model's back-fill and refresh. No access check.
    /// </summary>
    Task<IReadOnlyList<AgreementFacts>> ListFactsAsync(IReadOnlyCollection<Guid>? ids, CancellationToken ct);

    /// <summary>
    /// One page of <see cref="ListFactsAsync"/> for every agreement: at most <paramref name="size"/> agreements whose id
    /// comes after <paramref name="after"/> (from the first when null) in the database's uuid order, in that order. A
    /// full refresh reads page after page, so its memory is bounded by the page size. No access check.
    /// </summary>
    Task<IReadOnlyList<AgreementFacts>> ListFactsPageAsync(Guid? after, int size, CancellationToken ct);
}

/// <summary>When an agreement's review falls due, and who coordinates it.</summary>
/// <param name="AgreementId">The agreement's id.</param>
/// <param name="Reference">Its reference, e.g. ISP-2011-0042.</param>
/// <param name="TitleEn">Its English title.</param>
/// <param name="TitleCy">Its Welsh title, when it has one.</param>
/// <param name="CoordinatorId">The coordinating organisation (Signatories id).</param>
/// <param name="ReviewDue">The date its review is due.</param>
/// <param name="ServiceArea">The service area it covers.</param>
/// <param name="Regions">The principal areas it covers, by their Signatories <c>ServiceArea</c> names (e.g. <c>Cardiff</c>).</param>
/// <param name="ReviewLapsed">Whether it is marked review-lapsed for this review date.</param>
public sealed record AgreementReviewDate(
    Guid AgreementId, string Reference, string TitleEn, string? TitleCy, Guid CoordinatorId, DateOnly ReviewDue,
    AgreementServiceArea ServiceArea, IReadOnlyList<string> Regions, bool ReviewLapsed);

/// <summary>A live agreement, when it went live, and how often its consent is reviewed as its partners wrote it.</summary>
/// <param name="AgreementId">The agreement's id.</param>
/// <param name="Reference">Its reference.</param>
/// <param name="TitleEn">Its English title.</param>
/// <param name="TitleCy">Its Welsh title, when it has one.</param>
/// <param name="CoordinatorId">The coordinating organisation (Signatories id).</param>
/// <param name="LiveOn">The day it went live.</param>
/// <param name="ConsentReviewInterval">When consent is reviewed, in the partners' words (e.g. "Annually"), or null.</param>
public sealed record LiveAgreement(Guid AgreementId, string Reference, string TitleEn, string? TitleCy, Guid CoordinatorId, DateOnly LiveOn, string? ConsentReviewInterval);

/// <summary>What other modules need to know of an agreement.</summary>
/// <param name="Id">The agreement's id.</param>
/// <param name="Reference">Its reference, e.g. ISP-2011-0042.</param>
/// <param name="Kind">ISP or DDA.</param>
/// <param name="TitleEn">Its English title.</param>
/// <param name="Status">Where it is in its lifecycle.</param>
/// <param name="CoordinatorId">The coordinating organisation.</param>
/// <param name="PartnerIds">Every partner organisation, the coordinator included.</param>
/// <param name="TitleCy">Its Welsh title, when it has one.</param>
public sealed record AgreementSummary(Guid Id, string Reference, AgreementKind Kind, string TitleEn, AgreementStatus Status, Guid CoordinatorId, IReadOnlyList<Guid> PartnerIds, string? TitleCy)
{
    /// <summary>The title in the reader's language (English when there is no Welsh title).</summary>
    public string Title(bool welsh) => welsh && !string.IsNullOrWhiteSpace(TitleCy) ? TitleCy : TitleEn;
}
