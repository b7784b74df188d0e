using Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Domain;
using SpiPlatform.Protocols.Features.OpenData;
using SpiPlatform.Protocols.Features.SearchLibrary;
using SpiPlatform.Protocols.Features.Shared;
using SpiPlatform.Protocols.Features.SuggestTitles;
using SpiPlatform.Protocols.Localization;
using SpiPlatform.SharedKernel;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.SharedKernel.Localization;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Protocols.Areas.Protocols.Pages;

/// <summary>The public reuse library: ranked search, facets with counts, paging; htmx asks for just the results and facets.</summary>
[AllowAnonymous]
internal sealed class LibraryModel(LibrarySearch search, TitleSuggestions suggestions, ISignatoriesApi register, LegalBasisList legalBases, TimeProvider clock, IStringLocalizer<ProtocolsResource> l) : PageModel
{
    public const string Path = "/library";

    public LibraryFilter Filter { get; private set; } = null!;

    public LibraryPage Results { get; private set; } = null!;

    public IReadOnlyDictionary<Guid, OrganisationSummary> Organisations { get; private set; } = new Dictionary<Guid, OrganisationSummary>();

    public IReadOnlyList<FacetGroup> Facets { get; private set; } = [];

    public IReadOnlyList<Agreement> Suggestions { get; private set; } = [];

    public int PageNumber { get; private set; }

    public int PageCount => Math.Max(1, (Results.PageableCount + LibraryFilter.PageSize - 1) / LibraryFilter.PageSize);

    public DateOnly Today => clock.TodayInWales();

    /// <summary>Whether this answer replaces the results in a page already shown (so the count and facets go out of band).</summary>
    public bool IsPartial { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Filter = LibraryFilter.From(Request.Query, CanSeeDrafts);
        PageNumber = Filter.Page;
        Results = await search.SearchAsync(Filter.ToQuery(PageNumber), User, ct);
        if (Results.Hits.Count == 0 && PageNumber > PageCount)
        {
            // A shared link to a page past the end (the library changed since): show the last page.
            PageNumber = PageCount;
            Results = await search.SearchAsync(Filter.ToQuery(PageNumber), User, ct);
        }
        Organisations = await register.FindAsync([.. Results.Hits.Select(h => h.Agreement.CoordinatorId).Distinct()], ct);
        Facets = BuildFacets(await legalBases.LawAsync(ct));

        // The same URL answers with a partial or a whole page: caches must keep them apart.
        Response.Htmx(h => h.WithVary());
        IsPartial = Request.IsHtmx() && !Request.IsHtmxHistoryRestoreRequest();
        return IsPartial ? Partial("_LibraryResults", this) : Page();
    }

    /// <summary>Typeahead under the search box: a few titles the reader may open.</summary>
    public async Task<IActionResult> OnGetSuggestAsync(string? q, CancellationToken ct)
    {
        Suggestions = q is null ? [] : await suggestions.SuggestAsync(q, User, ct);
        Response.Htmx(h => h.WithVary());
        return Partial("_Suggestions", this);
    }

    /// <summary>Drafts and other unpublished statuses are a staff concern; the public sees only Live and Under review.</summary>
    public bool CanSeeDrafts => ProtocolsAccess.CanReadAll(User) || ProtocolsAccess.OwnOrganisation(User) is not null;

    public string PageLink(int page) => Path + Filter.ToQueryString(page);

    /// <summary>These results (the public ones: open data never includes drafts) as CSV.</summary>
    public string CsvLink => LibraryCsvEndpoint.Path + Filter.ToQueryString();

    /// <summary>The Atom feed of these results' agreements that went live.</summary>
    public string FeedLink => LibraryFeedEndpoint.Path + Filter.ToQueryString();

    public string CountText
        => Results.IsEstimate ? l["About {0} agreements", Results.TotalCount.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)]
            : Results.TotalCount == 1 ? l["1 agreement"] : l["{0} agreements", Results.TotalCount];

    /// <summary>A facet's count as shown: "about" when the counts are scaled from the ranked candidates.</summary>
    public string FacetCountText(int count) => Results.IsEstimate ? l["about {0}", count] : count.ToString(System.Globalization.CultureInfo.CurrentCulture);

    /// <summary>The link that searches for the spelling suggestion with the same filters.</summary>
    public string SuggestionLink => Path + (Filter with { Search = Results.Suggestion }).ToQueryString();

    public string CoordinatorName(Agreement a)
        => Organisations.TryGetValue(a.CoordinatorId, out var o) ? Bilingual.Pick(o.NameEn, o.NameCy) : l["Unknown organisation"];

    private List<FacetGroup> BuildFacets(LegalBasisLaw law)
    {
        var f = Results.Facets;
        var groups = new List<FacetGroup>
        {
            Group("kind", l["Kind of agreement"], f.Kinds, Filter.Kinds, l.Kind),
        };
        if (CanSeeDrafts)
        {
            groups.Add(Group("status", l["Status"], f.Statuses, Filter.Statuses, l.Status));
        }
        groups.Add(Group("service", l["Service area"], f.ServiceAreas, Filter.Services, l.Service));
        groups.Add(Group("sector", l["Partner sector"], f.PartnerSectors, Filter.Sectors, OrganisationSectorNames.Of));
        groups.Add(Group("region", l["Region"], f.Regions, Filter.Regions, ServiceAreaNames.Of));
        groups.Add(Group("data", l["Data shared"], f.DataCategories, Filter.Data, l.Data));
        var bases = f.LegalBases.Select(c => c.Value).Union(Filter.Bases).OrderBy(b => b == LegalBases.Consent ? 0 : b == LegalBases.Other ? 2 : 1).ThenBy(b => l.LegalBasis(b, law), StringComparer.CurrentCulture);
        groups.Add(new FacetGroup("basis", l["Legal basis"], [.. bases.Select(b => new FacetOption(b, l.LegalBasis(b, law), Count(f.LegalBases, b), Filter.Bases.Contains(b)))]));
        var lapsed = Count(f.ReviewStates, LibraryFilter.Lapsed);
        if (lapsed > 0 || Filter.ReviewLapsedOnly)
        {
            groups.Add(new FacetGroup("review", l["Review"], [new FacetOption(LibraryFilter.Lapsed, l["Review lapsed"], lapsed, Filter.ReviewLapsedOnly)]));
        }
        return groups;
    }

    // Every value with a match is offered, and every ticked one (with 0) so it can be unticked.
    private static FacetGroup Group<T>(string name, string legend, IReadOnlyList<FacetCount> counts, IReadOnlyList<T> ticked, Func<T, string> label)
        where T : struct, Enum
        => new(name, legend, [.. Enum.GetValues<T>()
            .Select(v => new FacetOption(v.ToString(), label(v), Count(counts, Names.Constant(v)), ticked.Contains(v)))
            .Where(o => o.Count > 0 || o.Checked)]);

    private static int Count(IReadOnlyList<FacetCount> counts, string value) => counts.FirstOrDefault(c => c.Value == value)?.Count ?? 0;
}

/// <summary>One fieldset of facet checkboxes.</summary>
internal sealed record FacetGroup(string Name, string Legend, IReadOnlyList<FacetOption> Options);

/// <summary>One facet checkbox: the query value, its label, how many results it would keep, and whether it is ticked.</summary>
internal sealed record FacetOption(string Value, string Label, int Count, bool Checked);
