using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Protocols.Features.SearchLibrary;

/// <summary>One question to the library; every list matches any of its values, lists combine with AND.</summary>
internal sealed record LibraryQuery(
    string? Search,
    IReadOnlyList<AgreementKind>? Kinds = null,
    IReadOnlyList<AgreementStatus>? Statuses = null,
    IReadOnlyList<AgreementServiceArea>? ServiceAreas = null,
    IReadOnlyList<OrganisationSector>? PartnerSectors = null,
    IReadOnlyList<ServiceArea>? Regions = null,
    IReadOnlyList<DataCategory>? DataCategories = null,
    IReadOnlyList<string>? LegalBases = null,
    int Offset = 0,
    int Limit = 20,
    bool ReviewLapsedOnly = false);

internal sealed record FacetCount(string Value, int Count);

internal sealed record LibraryFacets(
    IReadOnlyList<FacetCount> Kinds, IReadOnlyList<FacetCount> Statuses, IReadOnlyList<FacetCount> ServiceAreas,
    IReadOnlyList<FacetCount> PartnerSectors, IReadOnlyList<FacetCount> Regions, IReadOnlyList<FacetCount> DataCategories,
    IReadOnlyList<FacetCount> LegalBases)
{
    /// <summary><c>LAPSED</c> with the number of review-lapsed agreements, when there are any.</summary>
    public IReadOnlyList<FacetCount> ReviewStates { get; init; } = [];
}

internal sealed record LibraryHit(Agreement Agreement, double Rank, string? Snippet);

/// <summary>
/// A page of the library. Above <see cref="LibrarySearch.CandidateCap"/> matches the total and the facet counts are
/// estimates (<see cref="IsEstimate"/>) and only the first <see cref="PageableCount"/> can be paged to.
/// </summary>
internal sealed record LibraryPage(IReadOnlyList<LibraryHit> Hits, int TotalCount, int Offset, LibraryFacets Facets)
{
    public bool IsEstimate { get; init; }

    public int PageableCount { get; init; } = TotalCount;

    /// <summary>No agreement matched every word, so these match some of them, most words first.</summary>
    public bool Relaxed { get; init; }

    /// <summary>The query with its misspelt words replaced by the library's own, when it found nothing as typed.</summary>
    public string? Suggestion { get; init; }

    /// <summary>The thesaurus terms searched for as well as the words typed.</summary>
    public IReadOnlyList<string> AlsoSearchedFor { get; init; } = [];
}
