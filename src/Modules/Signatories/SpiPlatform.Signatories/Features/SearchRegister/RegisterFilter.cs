using System.Globalization;
using Microsoft.AspNetCore.Http;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Signatories.Features.SearchRegister;

/// <summary>
/// The register's query string (<c>q</c>, <c>sector</c>, <c>area</c>, <c>status</c>, <c>order</c>, <c>page</c>), read the same way
/// for the page and its CSV. Unknown values are ignored rather than refused: a shared or hand-edited link still shows a register.
/// </summary>
internal sealed record RegisterFilter(
    string? Search,
    IReadOnlyList<OrganisationSector> Sectors,
    IReadOnlyList<ServiceArea> Areas,
    IReadOnlyList<AccordStatus> Statuses,
    RegisterOrder Order,
    int Page)
{
    public const int PageSize = 20;

    public static RegisterFilter From(IQueryCollection query)
    {
        var search = query["q"].ToString().Trim();
        return new(
            search.Length == 0 ? null : search,
            Names<OrganisationSector>(query["sector"]),
            Names<ServiceArea>(query["area"]),
            Names<AccordStatus>(query["status"]),
            Names<RegisterOrder>(query["order"]).FirstOrDefault(),
            int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page > 0 ? page : 1);
    }

    /// <summary>The search for one page of the register (<paramref name="page"/> counts from 1).</summary>
    public RegisterQuery ForPage(int page) => ToQuery((page - 1) * PageSize, PageSize);

    public RegisterQuery ToQuery(int offset, int limit)
        => new(Search, NullIfEmpty(Sectors), NullIfEmpty(Areas), NullIfEmpty(Statuses), Order, offset, limit);

    /// <summary>This filter as a query string, on another page (or none, for the CSV).</summary>
    public QueryString ToQueryString(int? page = null)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (Search is not null)
        {
            pairs.Add(new("q", Search));
        }
        pairs.AddRange(Sectors.Select(s => new KeyValuePair<string, string?>("sector", s.ToString())));
        pairs.AddRange(Areas.Select(a => new KeyValuePair<string, string?>("area", a.ToString())));
        pairs.AddRange(Statuses.Select(s => new KeyValuePair<string, string?>("status", s.ToString())));
        if (Order != RegisterOrder.Relevance)
        {
            pairs.Add(new("order", Order.ToString()));
        }
        if (page is > 1)
        {
            pairs.Add(new("page", page.Value.ToString(CultureInfo.InvariantCulture)));
        }
        return QueryString.Create(pairs);
    }

    // Names only (not numbers), each once, in the order the enum declares them.
    private static List<T> Names<T>(IEnumerable<string?> values) where T : struct, Enum
    {
        var wanted = values.Where(v => v is not null).Select(v => v!.Trim()).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. Enum.GetValues<T>().Where(v => wanted.Contains(v.ToString()))];
    }

    private static List<T>? NullIfEmpty<T>(IReadOnlyList<T> values) => values.Count == 0 ? null : [.. values];
}
