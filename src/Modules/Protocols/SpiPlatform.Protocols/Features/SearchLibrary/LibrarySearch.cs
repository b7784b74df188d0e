using System.Net;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using SpiPlatform.Protocols.Contracts;
using SpiPlatform.Protocols.Data;
using SpiPlatform.Protocols.Features.Shared;
using SpiPlatform.SharedKernel.GraphQL;
using SpiPlatform.Signatories.Contracts;

namespace SpiPlatform.Protocols.Features.SearchLibrary;

/// <summary>
/// The reuse library. PostgreSQL full-text search ranks matches (English stemming for English text; Welsh text
/// without accents, as PostgreSQL has no Welsh stemmer); filters, facet counts and paging then work on that one
/// result set, so the counts always add up to what the filters show.
/// </summary>
internal sealed class LibrarySearch(ProtocolsDbContext db)
{
    private const string Matches = """
        SELECT a."Id", a."Kind", a."Status", a."ServiceArea", a."Regions", a."DataCategories", a."Gateways",
               a."ConsentRequired", a."OtherLegalBasis", a."PartnerSectors", a."TitleEn",
               CASE WHEN @q IS NULL THEN 0
                    ELSE ts_rank_cd(a."SearchVector", websearch_to_tsquery('english', @q))
                       + ts_rank_cd(a."WelshVector", websearch_to_tsquery('simple', protocols.immutable_unaccent(@q))) END AS rank
        FROM protocols.agreements a
        WHERE (@all OR a."Status" = ANY(@public)
               OR a."Id" IN (SELECT p."AgreementId" FROM protocols.agreement_partners p WHERE p."OrganisationId" = @own))
          AND (@q IS NULL
               OR a."SearchVector" @@ websearch_to_tsquery('english', @q)
               OR a."WelshVector" @@ websearch_to_tsquery('simple', protocols.immutable_unaccent(@q)))
        """;

    public async Task<LibraryPage> SearchAsync(LibraryQuery query, ClaimsPrincipal user, CancellationToken ct)
    {
        var search = string.IsNullOrWhiteSpace(query.Search) ? null : query.Search.Trim();
        var rows = await ReadMatchesAsync(search, user, ct);
        var filtered = rows.Where(r => Keep(r, query)).OrderByDescending(r => r.Rank).ThenBy(r => r.Title, StringComparer.OrdinalIgnoreCase).ToList();
        var page = filtered.Skip(Math.Max(0, query.Offset)).Take(Math.Clamp(query.Limit, 0, 100)).ToList();
        var ids = page.Select(r => r.Id).ToList();
        var agreements = await db.Agreements.AsNoTracking().Include(a => a.Partners).Include(a => a.Flows)
            .Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        var snippets = search is null ? [] : await SnippetsAsync(ids, search, ct);
        var hits = page.Select(r => new LibraryHit(agreements[r.Id], r.Rank, snippets.GetValueOrDefault(r.Id))).ToList();
        return new LibraryPage(hits, filtered.Count, query.Offset, Facets(filtered));
    }

    private static bool Keep(Row r, LibraryQuery q)
        => In(q.Kinds, r.Kind) && In(q.Statuses, r.Status) && In(q.ServiceAreas, r.ServiceArea)
           && Any(q.PartnerSectors, r.PartnerSectors) && Any(q.Regions, r.Regions) && Any(q.DataCategories, r.DataCategories)
           && Any(q.LegalBases, r.LegalBases);

    private static bool In<T>(IReadOnlyList<T>? wanted, T value) => wanted is not { Count: > 0 } || wanted.Contains(value);

    private static bool Any<T>(IReadOnlyList<T>? wanted, IEnumerable<T> values) => wanted is not { Count: > 0 } || values.Any(wanted.Contains);

    private static LibraryFacets Facets(List<Row> rows)
    {
        static List<FacetCount> Count(IEnumerable<string> values)
            => [.. values.GroupBy(v => v).Select(g => new FacetCount(g.Key, g.Count())).OrderByDescending(f => f.Count).ThenBy(f => f.Value, StringComparer.Ordinal)];
        return new LibraryFacets(
            Count(rows.Select(r => Names.Constant(r.Kind))),
            Count(rows.Select(r => Names.Constant(r.Status))),
            Count(rows.Select(r => Names.Constant(r.ServiceArea))),
            Count(rows.SelectMany(r => r.PartnerSectors.Select(Names.Constant))),
            Count(rows.SelectMany(r => r.Regions.Select(Names.Constant))),
            Count(rows.SelectMany(r => r.DataCategories.Select(Names.Constant))),
            Count(rows.SelectMany(r => r.LegalBases)));
    }

    private async Task<List<Row>> ReadMatchesAsync(string? search, ClaimsPrincipal user, CancellationToken ct)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(ct);
        }
        try
        {
            await using var command = new NpgsqlCommand(Matches, connection);
            command.Parameters.Add(new NpgsqlParameter("q", NpgsqlDbType.Text) { Value = (object?)search ?? DBNull.Value });
            command.Parameters.AddWithValue("all", ProtocolsAccess.CanReadAll(user));
            command.Parameters.AddWithValue("public", ProtocolsAccess.PublicStatuses.Select(s => s.ToString()).ToArray());
            command.Parameters.Add(new NpgsqlParameter("own", NpgsqlDbType.Uuid) { Value = (object?)ProtocolsAccess.OwnOrganisation(user) ?? DBNull.Value });
            var rows = new List<Row>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var consent = reader.GetBoolean(7);
                var gateways = Parse<StatutoryGateway>(reader.GetFieldValue<string[]>(6));
                var legal = gateways.Select(Names.Constant).ToList();
                if (consent)
                {
                    legal.Add("CONSENT");
                }
                if (!reader.IsDBNull(8))
                {
                    legal.Add("OTHER");
                }
                rows.Add(new Row(
                    reader.GetGuid(0), Enum.Parse<AgreementKind>(reader.GetString(1)), Enum.Parse<AgreementStatus>(reader.GetString(2)),
                    Enum.Parse<AgreementServiceArea>(reader.GetString(3)), Parse<ServiceArea>(reader.GetFieldValue<string[]>(4)),
                    Parse<DataCategory>(reader.GetFieldValue<string[]>(5)), legal, Parse<OrganisationSector>(reader.GetFieldValue<string[]>(9)),
                    reader.GetString(10), reader.GetFloat(11)));
            }
            return rows;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    private async Task<Dictionary<Guid, string>> SnippetsAsync(List<Guid> ids, string search, CancellationToken ct)
    {
        // \u0002 and \u0003 mark the matches, so the text around them can be HTML-encoded safely before they become <mark>.
        var rows = await db.Database.SqlQuery<SnippetRow>($"""
            SELECT a."Id", ts_headline('english', a."SummaryEn" || ' ' || a."Purpose", websearch_to_tsquery('english', {search}),
                   'StartSel=' || chr(2) || ', StopSel=' || chr(3) || ', MaxWords=35, MinWords=15') AS "Snippet"
            FROM protocols.agreements a WHERE a."Id" = ANY({ids.ToArray()})
            """).ToListAsync(ct);
        return rows.ToDictionary(r => r.Id, r => WebUtility.HtmlEncode(r.Snippet).Replace("\u0002", "<mark>", StringComparison.Ordinal).Replace("\u0003", "</mark>", StringComparison.Ordinal));
    }

    private static List<T> Parse<T>(string[] values) where T : struct, Enum => [.. values.Select(Enum.Parse<T>)];

    private sealed record Row(
        Guid Id, AgreementKind Kind, AgreementStatus Status, AgreementServiceArea ServiceArea, List<ServiceArea> Regions,
        List<DataCategory> DataCategories, List<string> LegalBases, List<OrganisationSector> PartnerSectors, string Title, double Rank);

    private sealed record SnippetRow(Guid Id, string Snippet);
}
