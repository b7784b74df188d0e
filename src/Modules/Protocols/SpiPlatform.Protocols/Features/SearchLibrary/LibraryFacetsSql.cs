using SpiPlatform.Protocols.Contracts;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Protocols.Features.SearchLibrary;

/// <summary>
/// Facet counting in PostgreSQL: one GROUP BY per facet over a set of matches, as rows (part, value, n) that a
/// query can UNION with its page. Array facets count an agreement once per value it holds (the arrays are distinct).
/// </summary>
internal static class LibraryFacetsSql
{
    /// <summary>The facet rows over <paramref name="source"/>, a CTE with the agreements' facet columns.</summary>
    public static string Over(string source) => $"""
        SELECT 'kind'::text AS part, "Kind"::text AS value, count(*)::int AS n, NULL::uuid AS id, NULL::float8 AS rank FROM {source} GROUP BY 2
        UNION ALL SELECT 'status', "Status"::text, count(*)::int, NULL, NULL FROM {source} GROUP BY 2
        UNION ALL SELECT 'service', "ServiceArea"::text, count(*)::int, NULL, NULL FROM {source} GROUP BY 2
        UNION ALL SELECT 'sector', v, count(*)::int, NULL, NULL FROM {source}, unnest("PartnerSectors") v GROUP BY 2
        UNION ALL SELECT 'region', v, count(*)::int, NULL, NULL FROM {source}, unnest("Regions") v GROUP BY 2
        UNION ALL SELECT 'data', v, count(*)::int, NULL, NULL FROM {source}, unnest("DataCategories") v GROUP BY 2
        UNION ALL SELECT 'gateway', v, count(*)::int, NULL, NULL FROM {source}, unnest("Gateways") v GROUP BY 2
        UNION ALL SELECT 'basis', 'CONSENT', count(*)::int, NULL, NULL FROM {source} WHERE "ConsentRequired" HAVING count(*) > 0
        UNION ALL SELECT 'basis', 'OTHER', count(*)::int, NULL, NULL FROM {source} WHERE "OtherLegalBasis" IS NOT NULL HAVING count(*) > 0
        UNION ALL SELECT 'review', 'LAPSED', count(*)::int, NULL, NULL FROM {source} WHERE "ReviewLapsedFor" = "ReviewDue" HAVING count(*) > 0
        """;

    /// <summary>The columns <see cref="Over"/> reads, selected from <c>protocols.agreements a</c>.</summary>
    public const string Columns = """
        a."Id", a."Kind", a."Status", a."ServiceArea", a."Regions", a."DataCategories", a."Gateways", a."ConsentRequired",
        a."OtherLegalBasis", a."PartnerSectors", a."ReviewLapsedFor", a."ReviewDue"
        """;

    /// <summary>Collects facet rows read back; <paramref name="scale"/> stretches counts taken from a capped sample.</summary>
    public sealed class Builder(double scale = 1)
    {
        private readonly Dictionary<string, List<FacetCount>> _parts = [];

        public bool Add(string part, string value, int n)
        {
            var label = part switch
            {
                "kind" => Names.Constant(Enum.Parse<AgreementKind>(value)),
                "status" => Names.Constant(Enum.Parse<AgreementStatus>(value)),
                "service" => Names.Constant(Enum.Parse<AgreementServiceArea>(value)),
                "sector" => Names.Constant(Enum.Parse<OrganisationSector>(value)),
                "region" => Names.Constant(Enum.Parse<ServiceArea>(value)),
                "data" => Names.Constant(Enum.Parse<DataCategory>(value)),
                "gateway" => Domain.LegalBasisCodes.Constant(value),
                "basis" => value,
                "review" => value,
                _ => null,
            };
            if (label is null)
            {
                return false;
            }
            var key = part == "gateway" ? "basis" : part;
            if (!_parts.TryGetValue(key, out var list))
            {
                _parts[key] = list = [];
            }
            list.Add(new FacetCount(label, (int)Math.Round(n * scale)));
            return true;
        }

        public LibraryFacets Build()
        {
            List<FacetCount> Of(string part)
                => [.. _parts.GetValueOrDefault(part, []).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)];
            return new LibraryFacets(Of("kind"), Of("status"), Of("service"), Of("sector"), Of("region"), Of("data"), Of("basis")) { ReviewStates = Of("review") };
        }
    }
}
