using static SpiPlatform.Protocols.Features.SearchLibrary.LibrarySearch;

namespace SpiPlatform.Protocols.Features.SearchLibrary;

/// <summary>
/// The unfiltered library's total and facet counts as the database keeps them (<c>protocols.library_facet_counts</c>,
/// ADR 0022): summed rows for everyone who may read all, or for the public; an organisation's editors also see their
/// own unpublished agreements, which are few, so those are counted on the spot and added.
/// </summary>
internal static class LibraryFacetCountsSql
{
    public static string For(LibraryWhere where)
    {
        var stored = $"""
            SELECT part, value, sum(n)::int, NULL::uuid, NULL::float8 FROM protocols.library_facet_counts
            WHERE visibility = '{(where.VisibilityKey == "all" ? "all" : "public")}' GROUP BY part, value HAVING sum(n) > 0
            """;
        if (!where.VisibilityKey.StartsWith("organisation:", StringComparison.Ordinal))
        {
            return stored;
        }
        return $"""
            {stored}
            UNION ALL (WITH own AS (SELECT {LibraryFacetsSql.Columns} FROM protocols.agreements a
                    WHERE NOT (a."Status" = ANY(@public)) AND EXISTS (SELECT 1 FROM protocols.agreement_partners p WHERE p."AgreementId" = a."Id" AND p."OrganisationId" = @own))
                SELECT 'total', '', count(*)::int, NULL, NULL FROM own
                UNION ALL {LibraryFacetsSql.Over("own")})
            """;
    }

    /// <summary>Adds up the rows of the same part and value (stored and counted on the spot); page rows pass through.</summary>
    public static List<Row> Sum(List<Row> rows)
        => [.. rows.Where(r => r.Part == "page"),
            .. rows.Where(r => r.Part != "page").GroupBy(r => (r.Part, r.Value)).Select(g => g.First() with { N = g.Sum(r => r.N) }).Where(r => r.N > 0)];
}
