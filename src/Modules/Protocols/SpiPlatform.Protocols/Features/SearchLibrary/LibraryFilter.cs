using System.Text;
using Microsoft.AspNetCore.Http;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Protocols.Features.SearchLibrary;

/// <summary>The library's query string (q, kind, status, service, sector, region, data, basis, page), read leniently and written back for links.</summary>
internal sealed record LibraryFilter(
    string? Search, IReadOnlyList<AgreementKind> Kinds, IReadOnlyList<AgreementStatus> Statuses, IReadOnlyList<AgreementServiceArea> Services,
    IReadOnlyList<OrganisationSector> Sectors, IReadOnlyList<ServiceArea> Regions, IReadOnlyList<DataCategory> Data, IReadOnlyList<string> Bases, int Page)
{
    /// <summary>Only agreements whose review has lapsed (<c>review=LAPSED</c>).</summary>
    public bool ReviewLapsedOnly { get; init; }

    public const int PageSize = 20;

    public static LibraryFilter From(IQueryCollection query, bool statusAllowed)
    {
        var search = query["q"].ToString().Trim();
        var page = int.TryParse(query["page"], out var p) && p > 0 ? p : 1;
        return new LibraryFilter(
            search.Length == 0 ? null : search[..Math.Min(search.Length, 200)],
            Parse<AgreementKind>(query["kind"]), statusAllowed ? Parse<AgreementStatus>(query["status"]) : [],
            Parse<AgreementServiceArea>(query["service"]), Parse<OrganisationSector>(query["sector"]),
            Parse<ServiceArea>(query["region"]), Parse<DataCategory>(query["data"]),
            [.. query["basis"].Where(b => !string.IsNullOrWhiteSpace(b)).Select(b => b!.Trim().ToUpperInvariant()).Distinct()],
            page)
        {
            ReviewLapsedOnly = query["review"].Any(v => string.Equals(v, Lapsed, StringComparison.OrdinalIgnoreCase)),
        };
    }

    public const string Lapsed = "LAPSED";

    public LibraryQuery ToQuery(int page) => new(
        Search, Kinds, Statuses, Services, Sectors, Regions, Data, Bases, Offset: (page - 1) * PageSize, Limit: PageSize, ReviewLapsedOnly: ReviewLapsedOnly);

    public string ToQueryString(int page = 1)
    {
        var parts = new List<string>();
        void Add(string name, IEnumerable<string> values) => parts.AddRange(values.Select(v => name + "=" + Uri.EscapeDataString(v)));
        if (Search is not null)
        {
            Add("q", [Search]);
        }
        Add("kind", Kinds.Select(k => k.ToString()));
        Add("status", Statuses.Select(k => k.ToString()));
        Add("service", Services.Select(k => k.ToString()));
        Add("sector", Sectors.Select(k => k.ToString()));
        Add("region", Regions.Select(k => k.ToString()));
        Add("data", Data.Select(k => k.ToString()));
        Add("basis", Bases);
        Add("review", ReviewLapsedOnly ? [Lapsed] : []);
        if (page > 1)
        {
            parts.Add("page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return parts.Count == 0 ? "" : new StringBuilder("?").AppendJoin('&', parts).ToString();
    }

    // Unknown values are dropped, not refused: a hand-edited or old link still shows something useful.
    private static List<T> Parse<T>(IEnumerable<string?> values) where T : struct, Enum
        => [.. values.Select(v => Enum.TryParse<T>(v, ignoreCase: true, out var e) && Enum.IsDefined(e) ? (T?)e : null).OfType<T>().Distinct()];
}
